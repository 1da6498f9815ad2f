/**
 * The invented demonstration departments (db/seed/demo.ts): who they are, what they do and the
 * scale of their budgets. Amounts here are 万元 figures of the first demo year (2016) and yearly
 * growth rates; demo.ts turns them into exact 元 per year.
 */
import type { Indicator, Unit } from "../../lib/disclosure/schema";

/** [名称, 评价标准类型] or [名称, 数量, 单位] or [名称, 优, 良, 中, 差]. */
export type IndicatorSpec =
  | readonly [string, "rate" | "full"]
  | readonly [string, number, string]
  | readonly [string, string, string, string, string];

/** [项目名称, 权重, 绩效指标] */
export type ProjectSpec = readonly [string, number, readonly IndicatorSpec[]];

export interface AreaSpec {
  title: string;
  description: string;
  goal: string;
  projects: readonly ProjectSpec[];
}

export interface DemoProfile {
  code: string;
  name: string;
  nature: "行政" | "事业" | "参公";
  subUnit?: Unit;
  duties: readonly string[];
  areas: readonly AreaSpec[];
  /** 2016 figures in 万元 and yearly growth. */
  personnel: number;
  personnelGrowth: number;
  publicRatio: number; // 日常公用经费 ÷ 人员经费
  project: number;
  projectGrowth: number;
  /** The project financed by 政府性基金 rather than the general budget. */
  fundProject?: string;
  specialAccount?: number;
  otherIncome?: number;
  /** 2019 上年结转结余 as a share of project expenditure. */
  carryover?: number;
  vehicles: number;
  reception: number;
  receptionGrowth: number;
  /** 因公出国（境）费 through 2016, none afterwards. */
  abroad?: number;
  /** One 执法执勤用车 bought in this year. */
  vehicleYear?: number;
  vehicleSource?: string;
  building: readonly [area: number, perSquareMetre: number, officeShare: number];
  equipment: number;
  otherAssets: number;
}

export function indicator(spec: IndicatorSpec): Indicator {
  if (spec.length === 5) {
    const [name, excellent, good, fair, poor] = spec;
    return { name, excellent, good, fair, poor };
  }
  if (spec.length === 3) {
    const [name, n, unit] = spec;
    const step = (share: number) => Math.round(n * share);
    return { name, excellent: `≥${n}${unit}`, good: `≥${step(0.9)}${unit}`, fair: `≥${step(0.8)}${unit}`, poor: `<${step(0.8)}${unit}` };
  }
  const [name, kind] = spec;
  return kind === "rate"
    ? { name, excellent: "≥95%", good: "≥90%", fair: "≥80%", poor: "<80%" }
    : { name, excellent: "100%", good: "≥95%", fair: "≥90%", poor: "<90%" };
}

const unit = (name: string, nature: string, rank: string, funding = "财政拨款"): Unit => ({ name, nature, rank, funding });

export const DEMO_PROFILES: readonly DemoProfile[] = [
  {
    code: "401", name: "县教育局", nature: "行政", subUnit: unit("县教师进修学校", "事业", "正股级"),
    duties: [
      "贯彻执行国家和省、市有关教育工作的方针、政策和法律法规，拟订全县教育发展规划并组织实施。",
      "统筹管理全县学前教育、义务教育、高中阶段教育和职业教育，推进义务教育均衡发展。",
      "负责全县教育经费的统筹管理，落实家庭经济困难学生资助政策。",
      "负责全县中小学教师队伍建设和教师培训工作。",
      "负责全县学校安全、校舍建设和教育装备管理工作。",
    ],
    areas: [
      { title: "义务教育保障", description: "落实义务教育经费保障机制，改善农村学校办学条件，保障学生营养改善和校园安全。", goal: "保障全县义务教育学校正常运转，办学条件持续改善，学生营养健康水平稳步提高。", projects: [
        ["农村义务教育学生营养改善计划", 30, [["营养餐供餐学校覆盖率", "full"], ["受益学生满意率", "rate"]]],
        ["中小学校舍维修改造", 25, [["维修改造工程验收合格率", "full"], ["维修改造校舍面积", 12000, "平方米"]]],
        ["校园安全保障", 8, [["校园安全隐患整改率", "full"]]],
      ] },
      { title: "教育质量提升", description: "加强教师队伍建设，推进教育信息化，提升教育教学质量。", goal: "教师专业能力和信息化教学水平明显提升，教育教学质量稳步提高。", projects: [
        ["中小学教师培训", 6, [["参训教师人次", 1500, "人次"], ["培训合格率", "rate"]]],
        ["教育信息化建设", 12, [["多媒体教室覆盖率", "rate"]]],
      ] },
      { title: "学生资助与学前教育", description: "落实各学段家庭经济困难学生资助政策，扩大普惠性学前教育资源。", goal: "家庭经济困难学生应助尽助，学前教育普及水平进一步提高。", projects: [
        ["家庭经济困难学生资助", 14, [["资助政策落实率", "full"], ["资助资金按时发放率", "full"]]],
        ["学前教育发展专项", 10, [["学前三年毛入园率", "rate"]]],
      ] },
    ],
    personnel: 3200, personnelGrowth: 0.06, publicRatio: 0.09, project: 8000, projectGrowth: 0.08,
    specialAccount: 320, otherIncome: 40, carryover: 0.04,
    vehicles: 6, reception: 8, receptionGrowth: -0.08, abroad: 5,
    building: [12000, 0.18, 0.35], equipment: 0, otherAssets: 900,
  },
  {
    code: "402", name: "县卫生健康局", nature: "行政", subUnit: unit("县疾病预防控制中心", "事业", "副科级"),
    duties: [
      "贯彻执行国家卫生健康工作方针政策，拟订全县卫生健康事业发展规划并组织实施。",
      "负责全县疾病预防控制工作，组织实施免疫规划和重大疾病防治。",
      "组织实施国家基本公共卫生服务项目，推进家庭医生签约服务。",
      "负责全县医疗机构和医疗服务的行业管理，推进基层医疗卫生机构综合改革。",
      "负责计划生育管理和服务工作，落实计划生育奖励扶助政策。",
    ],
    areas: [
      { title: "公共卫生服务", description: "组织实施基本公共卫生服务项目和重大疾病防控工作。", goal: "城乡居民享有均等化的基本公共卫生服务，重大传染病得到有效控制。", projects: [
        ["基本公共卫生服务项目", 40, [["居民电子健康档案建档率", "rate"], ["65岁及以上老年人健康管理率", "≥70%", "≥65%", "≥60%", "<60%"]]],
        ["疾病预防控制", 12, [["适龄儿童免疫规划疫苗接种率", "rate"]]],
        ["家庭医生签约服务", 8, [["重点人群签约服务覆盖率", "≥60%", "≥55%", "≥50%", "<50%"]]],
      ] },
      { title: "医疗服务与计划生育", description: "加强基层医疗卫生服务能力建设，落实计划生育家庭扶助政策。", goal: "基层医疗服务能力持续增强，计划生育奖励扶助资金足额按时发放。", projects: [
        ["计划生育奖励扶助", 22, [["扶助资金足额发放率", "full"], ["扶助对象资格审核准确率", "full"]]],
        ["基层医疗卫生机构能力建设", 18, [["乡镇卫生院标准化建设达标率", "rate"]]],
      ] },
    ],
    personnel: 900, personnelGrowth: 0.07, publicRatio: 0.12, project: 2600, projectGrowth: 0.1, carryover: 0.05,
    vehicles: 5, reception: 5, receptionGrowth: -0.05,
    building: [4500, 0.2, 0.5], equipment: 260, otherAssets: 400,
  },
  {
    code: "403", name: "县财政局", nature: "行政", subUnit: unit("县国库集中支付中心", "参公", "副科级"),
    duties: [
      "贯彻执行国家财税方针政策和法律法规，拟订全县财政发展规划和财政管理制度。",
      "负责编制全县年度预决算草案并组织执行，受县政府委托向县人民代表大会报告财政预算及执行情况。",
      "负责全县国库集中收付、政府采购监督管理和非税收入管理工作。",
      "负责管理和监督全县行政事业单位国有资产，组织实施预算绩效管理。",
      "负责全县会计管理工作，监督财经法律法规和财务会计制度的执行。",
    ],
    areas: [
      { title: "预算管理与绩效评价", description: "编制和执行县级部门预算，组织开展预算绩效管理和财政监督检查。", goal: "预算编制科学规范，预决算公开及时完整，财政资金使用效益不断提高。", projects: [
        ["部门预算编审及预决算公开", 20, [["部门预决算公开率", "full"]]],
        ["预算绩效评价", 15, [["重点项目绩效评价覆盖率", "rate"], ["评价报告按时完成率", "full"]]],
      ] },
      { title: "财政信息化与基层财政", description: "建设维护财政业务信息系统，保障乡镇财政所正常运转，规范政府采购活动。", goal: "财政业务系统稳定运行，乡镇财政管理和政府采购规范有序。", projects: [
        ["财政信息化建设运维", 35, [["系统正常运行率", "≥99%", "≥97%", "≥95%", "<95%"]]],
        ["乡镇财政所业务经费", 20, [["乡镇财政所考核达标率", "rate"]]],
        ["政府采购监督管理", 10, [["政府采购信息公开率", "full"]]],
      ] },
    ],
    personnel: 780, personnelGrowth: 0.04, publicRatio: 0.14, project: 600, projectGrowth: -0.03,
    vehicles: 4, reception: 6, receptionGrowth: -0.1,
    building: [3800, 0.22, 0.9], equipment: 0, otherAssets: 350,
  },
  {
    code: "404", name: "县自然资源和规划局", nature: "行政", subUnit: unit("县不动产登记中心", "事业", "正股级", "财政补助"),
    duties: [
      "贯彻执行国家自然资源和城乡规划法律法规，负责全县自然资源统一调查、确权登记和合理开发利用。",
      "负责编制全县国土空间规划并监督实施，负责建设项目规划审批管理。",
      "负责全县耕地保护和土地整治工作，落实耕地占补平衡。",
      "负责全县地质灾害防治和矿产资源管理工作。",
      "负责全县不动产登记和自然资源执法监察工作。",
    ],
    areas: [
      { title: "国土空间规划与资源管理", description: "编制国土空间规划，开展自然资源调查监测和不动产登记。", goal: "规划编制按期完成，自然资源底数清晰，不动产登记便民高效。", projects: [
        ["国土空间规划编制", 20, [["规划编制任务完成率", "full"]]],
        ["不动产登记", 12, [["登记业务按时办结率", "full"], ["群众满意率", "rate"]]],
        ["自然资源调查监测", 8, [["调查成果质量合格率", "full"]]],
      ] },
      { title: "耕地保护与地质灾害防治", description: "实施土地开发整理工程，开展地质灾害隐患排查治理。", goal: "耕地保有量和永久基本农田保护面积不减少，地质灾害隐患点监测全覆盖。", projects: [
        ["土地开发整理", 50, [["新增耕地面积", 800, "亩"], ["工程验收合格率", "full"]]],
        ["地质灾害防治", 10, [["隐患点监测覆盖率", "full"]]],
      ] },
    ],
    personnel: 520, personnelGrowth: 0.05, publicRatio: 0.13, project: 1500, projectGrowth: 0.12, fundProject: "土地开发整理",
    vehicles: 5, reception: 4, receptionGrowth: -0.06,
    building: [3200, 0.2, 0.85], equipment: 120, otherAssets: 280,
  },
  {
    code: "405", name: "县农业农村局", nature: "行政", subUnit: unit("县农业技术推广中心", "事业", "正股级"),
    duties: [
      "贯彻执行国家“三农”工作方针政策，拟订全县农业农村发展规划并组织实施。",
      "负责全县种植业、畜牧业、渔业等农业各产业的监督管理，保障主要农产品有效供给。",
      "负责全县农业技术推广、农业机械化和农产品质量安全监管工作。",
      "负责全县动物疫病防控和畜禽屠宰行业管理。",
      "统筹推进美丽乡村建设和农村人居环境整治工作。",
    ],
    areas: [
      { title: "农业生产与技术推广", description: "推广农业先进适用技术，做好动物疫病防控，保障农产品质量安全。", goal: "主推技术到位率稳步提高，农产品质量安全抽检合格率保持在较高水平。", projects: [
        ["农业技术推广", 14, [["主推技术到位率", "rate"], ["培训农民人次", 3000, "人次"]]],
        ["农产品质量安全监测", 8, [["农产品抽检合格率", "≥98%", "≥96%", "≥95%", "<95%"]]],
        ["重大动物疫病防控", 16, [["应免畜禽免疫密度", "full"]]],
      ] },
      { title: "乡村建设", description: "推进美丽乡村建设和农村人居环境整治，改善农村生产生活条件。", goal: "农村人居环境明显改善，美丽乡村建设任务按期完成。", projects: [
        ["美丽乡村建设", 35, [["建设任务完成率", "full"]]],
        ["农村人居环境整治", 27, [["农村生活垃圾收运处理覆盖率", "rate"], ["农户卫生厕所改造数", 2000, "户"]]],
      ] },
    ],
    personnel: 650, personnelGrowth: 0.04, publicRatio: 0.12, project: 2200, projectGrowth: 0.05, carryover: 0.03,
    vehicles: 6, reception: 4.5, receptionGrowth: -0.05,
    building: [4200, 0.16, 0.7], equipment: 45, otherAssets: 320,
  },
  {
    code: "406", name: "县交通运输局", nature: "行政", subUnit: unit("县农村公路管理站", "事业", "正股级"),
    duties: [
      "贯彻执行国家交通运输法律法规和方针政策，拟订全县交通运输发展规划并组织实施。",
      "负责全县农村公路的建设、养护和管理工作。",
      "负责全县道路运输市场监督管理，推进城乡客运一体化。",
      "负责全县交通运输安全生产监督管理和治理车辆超限超载工作。",
    ],
    areas: [
      { title: "公路建设养护", description: "组织实施农村公路日常养护和公路安全生命防护工程。", goal: "农村公路路况稳步提升，安全隐患路段得到有效治理。", projects: [
        ["农村公路养护", 40, [["列养公路优良路率", "≥80%", "≥75%", "≥70%", "<70%"], ["养护里程", 600, "公里"]]],
        ["公路安全生命防护工程", 25, [["隐患路段治理完成率", "full"]]],
      ] },
      { title: "运输服务与安全监管", description: "保障城乡公交运营，开展道路运输安全监管和治超工作。", goal: "城乡公交运行平稳，道路运输安全形势持续稳定。", projects: [
        ["城乡公交运营补贴", 22, [["建制村通客车率", "full"]]],
        ["治理车辆超限超载", 8, [["货车超限率", "≤2%", "≤3%", "≤5%", ">5%"]]],
        ["道路运输安全监管", 5, [["安全检查覆盖率", "full"]]],
      ] },
    ],
    personnel: 480, personnelGrowth: 0.03, publicRatio: 0.13, project: 3200, projectGrowth: -0.06,
    vehicles: 7, reception: 3.5, receptionGrowth: -0.08,
    building: [2600, 0.18, 0.8], equipment: 0, otherAssets: 210,
  },
  {
    code: "407", name: "县文化广电和旅游局", nature: "行政", subUnit: unit("县图书馆", "事业", "正股级"),
    duties: [
      "贯彻执行国家文化、广播电视和旅游工作方针政策，拟订全县文化旅游发展规划并组织实施。",
      "负责全县公共文化服务体系建设，组织开展群众文化活动。",
      "负责全县文物保护和非物质文化遗产保护传承工作。",
      "负责全县旅游资源开发、旅游市场监管和旅游宣传推介工作。",
      "负责全县广播电视公共服务和文化市场综合执法工作。",
    ],
    areas: [
      { title: "公共文化服务", description: "推进公共文化场馆免费开放，组织文化惠民演出，保障广播电视公共服务。", goal: "公共文化服务体系更加完善，群众文化生活日益丰富。", projects: [
        ["公共文化场馆免费开放", 22, [["场馆年接待人次", 150000, "人次"]]],
        ["文化惠民演出", 18, [["送戏下乡场次", 120, "场"], ["群众满意率", "rate"]]],
        ["广播电视村村通运行维护", 10, [["广播电视综合覆盖率", "≥99%", "≥98%", "≥97%", "<97%"]]],
      ] },
      { title: "文物保护与旅游发展", description: "开展文物保护修缮和非遗传承，组织旅游宣传推介。", goal: "文物安全得到有效保障，旅游知名度和接待能力不断提升。", projects: [
        ["文物保护修缮", 30, [["文物安全巡查覆盖率", "full"]]],
        ["旅游宣传推介", 20, [["组织推介活动次数", 6, "次"]]],
      ] },
    ],
    personnel: 420, personnelGrowth: 0.04, publicRatio: 0.11, project: 520, projectGrowth: 0.04,
    vehicles: 3, reception: 3, receptionGrowth: -0.04, abroad: 4,
    building: [6800, 0.25, 0.3], equipment: 0, otherAssets: 520,
  },
  {
    code: "408", name: "县民政局", nature: "行政", subUnit: unit("县社会福利院", "事业", "正股级"),
    duties: [
      "贯彻执行国家民政工作法律法规和方针政策，拟订全县民政事业发展规划并组织实施。",
      "负责全县城乡最低生活保障、特困人员救助供养和临时救助工作。",
      "负责全县养老服务体系建设和儿童福利工作。",
      "负责全县社会组织登记管理、行政区划和地名管理工作。",
      "负责全县殡葬管理和婚姻登记工作。",
    ],
    areas: [
      { title: "社会救助", description: "落实特困人员救助供养和临时救助政策。", goal: "困难群众基本生活得到有效保障，做到应保尽保、应救尽救。", projects: [
        ["特困人员救助供养", 35, [["供养对象生活补助按时发放率", "full"]]],
        ["临时救助", 15, [["救助申请按时办结率", "full"]]],
      ] },
      { title: "养老服务与社会事务", description: "推进居家养老服务，做好儿童福利和殡葬改革工作。", goal: "养老服务能力不断增强，儿童福利和殡葬管理规范有序。", projects: [
        ["居家养老服务补贴", 25, [["服务对象满意率", "rate"]]],
        ["孤儿基本生活保障", 10, [["孤儿基本生活费按时发放率", "full"]]],
        ["惠民殡葬", 8, [["惠民殡葬政策落实率", "full"]]],
      ] },
    ],
    personnel: 260, personnelGrowth: 0.03, publicRatio: 0.12, project: 700, projectGrowth: 0.06, otherIncome: 25,
    vehicles: 3, reception: 2, receptionGrowth: -0.05,
    building: [5200, 0.15, 0.2], equipment: 0, otherAssets: 260,
  },
  {
    code: "409", name: "县住房和城乡建设局", nature: "行政", subUnit: unit("县园林管理处", "事业", "正股级"),
    duties: [
      "贯彻执行国家住房和城乡建设法律法规和方针政策，拟订全县城乡建设发展规划并组织实施。",
      "负责全县城市道路、排水、路灯等市政公用设施的建设和维护管理。",
      "负责全县住房保障和棚户区改造工作。",
      "负责全县建筑市场和工程质量安全监督管理。",
      "负责县城园林绿化建设和养护管理工作。",
    ],
    areas: [
      { title: "市政设施与园林绿化", description: "开展市政道路、排水和路灯设施维护，做好城区园林绿化养护。", goal: "市政设施完好率保持较高水平，城区绿化覆盖率稳步提高。", projects: [
        ["市政设施维护", 25, [["市政设施完好率", "rate"]]],
        ["园林绿化养护", 20, [["绿地养护达标率", "rate"]]],
        ["城区路灯运行维护", 8, [["路灯亮灯率", "≥98%", "≥96%", "≥95%", "<95%"]]],
      ] },
      { title: "住房保障与建筑管理", description: "推进棚户区改造，加强建筑工程质量安全监管。", goal: "住房保障任务按期完成，建筑工程质量安全形势平稳。", projects: [
        ["棚户区改造", 35, [["棚改任务完成率", "full"]]],
        ["建筑工程质量安全监管", 6, [["在建工程监督覆盖率", "full"]]],
      ] },
    ],
    personnel: 560, personnelGrowth: 0.02, publicRatio: 0.12, project: 1800, projectGrowth: -0.04, fundProject: "棚户区改造", carryover: 0.03,
    vehicles: 5, reception: 4, receptionGrowth: -0.07,
    building: [3000, 0.2, 0.8], equipment: 0, otherAssets: 240,
  },
  {
    code: "410", name: "县市场监督管理局", nature: "行政", subUnit: unit("县检验检测中心", "事业", "正股级"),
    duties: [
      "贯彻执行国家市场监督管理法律法规和方针政策，负责全县市场综合监督管理。",
      "负责全县市场主体登记注册和信用监管工作。",
      "负责全县食品安全监督管理和药品、医疗器械流通环节监管。",
      "负责全县特种设备安全监察和产品质量安全监督。",
      "负责全县价格、计量、标准化和知识产权管理工作。",
    ],
    areas: [
      { title: "食品药品安全监管", description: "开展食品安全监督抽检和药品医疗器械流通环节监管。", goal: "食品安全监督抽检任务全面完成，不发生重大食品药品安全事故。", projects: [
        ["食品安全监督抽检", 35, [["抽检任务完成率", "full"], ["抽检批次", 1200, "批次"]]],
        ["药品医疗器械监管", 12, [["药品经营企业检查覆盖率", "full"]]],
      ] },
      { title: "市场秩序与质量安全", description: "开展市场执法办案、特种设备安全监察和计量检定。", goal: "市场秩序规范有序，特种设备定期检验率保持在较高水平。", projects: [
        ["市场监管执法办案", 25, [["投诉举报按时办结率", "full"]]],
        ["特种设备安全监察", 15, [["特种设备定期检验率", "rate"]]],
        ["计量检定", 8, [["强制检定计量器具受检率", "rate"]]],
      ] },
    ],
    personnel: 820, personnelGrowth: 0.05, publicRatio: 0.11, project: 420, projectGrowth: 0.06,
    vehicles: 8, reception: 3, receptionGrowth: -0.05, vehicleYear: 2018, vehicleSource: "市场监管执法办案",
    building: [3600, 0.2, 0.7], equipment: 85, otherAssets: 300,
  },
  {
    code: "411", name: "县人力资源和社会保障局", nature: "行政", subUnit: unit("县就业服务中心", "事业", "正股级"),
    duties: [
      "贯彻执行国家人力资源和社会保障法律法规和方针政策，拟订全县人力资源和社会保障事业发展规划。",
      "负责全县促进就业工作，组织实施职业技能培训和创业扶持政策。",
      "负责统筹推进全县城乡社会保险体系建设。",
      "负责全县事业单位人事管理和专业技术人员队伍建设。",
      "负责全县劳动保障监察和劳动人事争议调解仲裁工作。",
    ],
    areas: [
      { title: "就业创业服务", description: "开展职业技能培训和公共就业服务，落实创业扶持政策。", goal: "城镇新增就业目标任务全面完成，劳动者就业技能持续提高。", projects: [
        ["职业技能培训", 30, [["培训人次", 2500, "人次"], ["培训后就业率", "≥70%", "≥65%", "≥60%", "<60%"]]],
        ["公共就业服务", 15, [["城镇新增就业人数", 3000, "人"]]],
      ] },
      { title: "劳动保障与人事管理", description: "开展劳动保障监察和社会保险经办服务，组织事业单位公开招聘考试。", goal: "劳动者合法权益得到有效维护，社会保险经办服务便捷高效。", projects: [
        ["劳动保障监察", 10, [["欠薪案件结案率", "≥98%", "≥95%", "≥90%", "<90%"]]],
        ["社会保险经办服务", 20, [["待遇按时足额发放率", "full"]]],
        ["人事考试组织", 8, [["考务差错率", "0", "≤1%", "≤2%", ">2%"]]],
      ] },
    ],
    personnel: 430, personnelGrowth: 0.04, publicRatio: 0.13, project: 680, projectGrowth: 0.03,
    vehicles: 3, reception: 2.5, receptionGrowth: -0.06,
    building: [2400, 0.2, 0.85], equipment: 0, otherAssets: 160,
  },
  {
    code: "412", name: "县供销合作社联合社", nature: "参公",
    duties: [
      "贯彻执行国家有关供销合作事业的方针政策，拟订全县供销合作事业发展规划。",
      "指导全县基层供销合作社建设，推进供销合作社综合改革。",
      "组织开展农资供应和农产品流通服务，承担县级农资储备任务。",
      "负责社有资产的监督管理，促进社有资产保值增值。",
    ],
    areas: [
      { title: "为农服务体系建设", description: "推进基层供销社和为农服务中心建设，做好农资储备和供应。", goal: "基层社服务能力明显增强，农资供应保障有力。", projects: [
        ["基层供销社建设", 55, [["基层社恢复重建任务完成率", "full"]]],
        ["农资储备", 30, [["春耕农资储备到位率", "full"]]],
      ] },
      { title: "社有资产管理", description: "开展社有资产清查和监督管理。", goal: "社有资产底数清晰，管理制度健全。", projects: [
        ["社有资产监督管理", 15, [["资产清查完成率", "full"]]],
      ] },
    ],
    personnel: 180, personnelGrowth: -0.02, publicRatio: 0.12, project: 60, projectGrowth: -0.08,
    vehicles: 2, reception: 1.5, receptionGrowth: -0.1,
    building: [1800, 0.12, 0.6], equipment: 0, otherAssets: 90,
  },
];

/** 机关运行经费 items and their shares (公务用车运行维护费 is set from the 三公 figure). */
export const OPERATING_ITEMS: readonly (readonly [string, number])[] = [
  ["办公及印刷费", 0.2], ["邮电费", 0.08], ["差旅费", 0.1], ["会议费", 0.04], ["培训费", 0.05],
  ["工会经费", 0.08], ["福利费", 0.05], ["水电费", 0.12], ["物业管理费", 0.1],
  ["公务用车运行维护费", 0], ["其他交通费用", 0.1], ["其他商品服务支出", 0.08],
];

/** Small assets a department may plan to buy: [名称, 单位, 单价万元, 政府采购目录序号]. */
export const PURCHASE_CATALOG: readonly (readonly [string, string, number, string])[] = [
  ["台式计算机", "台", 0.55, "A02010104"],
  ["便携式计算机", "台", 0.65, "A02010105"],
  ["激光打印机", "台", 0.25, "A0201060102"],
  ["复印机", "台", 2.8, "A020201"],
  ["空调机", "台", 0.55, "A0206180203"],
  ["档案密集架", "套", 3.5, "A0605"],
  ["办公桌椅", "套", 0.35, "A0602"],
];

export const REVENUE_LABELS = {
  general: "一般公共预算拨款收入",
  fund: "政府性基金预算拨款收入",
  specialAccount: "财政专户核拨收入",
  other: "其他来源收入",
  carryover: "上年结转结余",
} as const;

export const ABROAD_NONE = "严格控制因公出国（境）活动，本年度未安排出国（境）计划";

/** Reasons as the rendering completes them ("…增加/减少原因是{reason}"), by direction. */
export const SANGONG_REASONS = {
  abroad: ["根据工作需要安排出国（境）交流任务", "严格控制因公出国（境）团组数量和规模"],
  vehiclePurchase: ["按规定更新一辆已达报废年限的执法执勤用车", "上年已完成车辆更新，本年度不再安排购置"],
  vehicleOperation: ["车辆维修保养和燃油费用上涨", "加强公务用车管理，压减车辆运行费用"],
  reception: ["承接上级检查调研任务增加", "严格执行公务接待标准，压减接待费用"],
} as const;
