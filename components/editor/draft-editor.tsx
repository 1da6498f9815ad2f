"use client";
/**
 * The draft editor: the whole DisclosureDocument in one state, edited section by section in the
 * order of the disclosure; totals, changes and checks computed live; autosaved; submitted for review.
 *
 * LABEL SCHEME (accessible names; use getByLabel(name, { exact: true }) — several are substrings
 * of others, e.g. "人员经费（万元）" ⊂ "上年人员经费（万元）", "项目1 名称" ⊂ "机关运行经费项目1 名称").
 * N, M, K are 1-based row numbers.
 *   一  职责N · 单位N 单位名称 / 单位N 单位性质 (select 行政/事业/参公) / 单位N 单位规格 / 单位N 经费保障形式
 *   二  开篇段落（按照《预算法》…） · 总体情况说明 · 收入说明 · 收入来源N 名称 / 收入来源N 金额（万元）
 *       支出说明 · 人员经费（万元） · 日常公用经费（万元） · 项目N 名称 / 项目N 金额（万元）
 *       对比年度（上年） · 上年人员经费（万元） · 上年日常公用经费（万元） · 上年项目支出（万元）
 *       人员经费变动原因 · 日常公用经费变动原因 · 项目支出变动原因
 *       部门预算公开表明细 (section-lines.tsx): combobox 支出明细N 功能分类科目 (code picker: list box
 *       "支出明细N 功能分类科目 可选科目", options "2010301 行政运行"; the path 类 › 款 › 项 under it) · 支出明细N 支出类别
 *       (select 人员经费/公用经费/项目支出) · 支出明细N 资金来源 · 支出明细N 金额（万元） · 支出明细N 项目名称 (项目支出 only) ·
 *       combobox 经济分类明细N 经济分类科目 · 经济分类明细N 金额（万元） · 结转下年（万元）
 *   三  机关运行经费用途 · 机关运行经费项目N 名称 / 机关运行经费项目N 金额（万元）
 *   四  本年因公出国（境）费（万元） / 上年因公出国（境）费（万元） / 因公出国（境）费变动原因, and the same
 *       for 公务用车购置费, 公务用车运行维护费, 公务接待费
 *   五  总体绩效目标N · 一级活动N 名称 / 一级活动N 年度预算数（万元） / 一级活动N 内容描述 / 一级活动N 绩效目标
 *       一级活动N 绩效指标K 名称 / 一级活动N 绩效指标K 优 (良, 中, 差)
 *       一级活动N 的二级活动M 名称 / … 年度预算数（万元） / … 内容描述 / … 绩效目标 / 一级活动N 的二级活动M 绩效指标K 名称 / … 优
 *   六  采购N 采购项目名称 / 采购N 政府采购目录序号 / 采购N 数量单位 / 采购N 单价（万元） / 采购N 数量 /
 *       采购N 项目来源：项目名称 / 采购N 项目来源：预算资金（万元） / 采购N 一般公共预算拨款（万元） /
 *       采购N 基金预算拨款安排（万元） / 采购N 财政专户核拨资金（万元） / 采购N 其他来源收入安排（万元） /
 *       采购N 其他渠道资金（万元） · 空表说明（未安排政府采购预算时填写）
 *   七  拟购置资产N 名称 / 拟购置资产N 数量 / 拟购置资产N 单位 / 拟购置资产N 金额（万元）
 *       截止时间（年-月-日） · 房屋面积（平方米） · 其中：办公用房面积（平方米） · 车辆数量（台、辆） · 房屋价值（万元） ·
 *       其中：办公用房价值（万元） · 车辆价值（万元） · 单价20万元以上设备价值（万元） · 其他固定资产价值（万元）
 *   八  名词N / 名词N 解释 · button "恢复标准名词解释"      九  其他需要说明的事项
 *   Row buttons: "上移<row>", "下移<row>", "删除<row>", <row> = 职责2, 项目2, 一级活动1 的二级活动2, 一级活动1 绩效指标3 …
 *   Excel: "上传填好的 Excel" (file), button "导入"; links "下载空白模板", "导出本草稿", "预览公开效果"; button "提交审核"
 *   opens the dialog submit-confirm (submit-summary; buttons 取消 / confirm-submit "确认提交").
 *   A row's 上移/下移/删除 are one toolbar ("<row> 的操作") with one Tab stop, never 删除; a removal
 *   raises removal-notice "已删除<row>" with undo-removal "撤销" (focused). Submitted: submit-ok and,
 *   for the department's editors, withdraw-submission "撤回提交" (window.confirm), withdraw-message.
 *   Under 收入说明 / 支出说明: generated-revenue / generated-expenditure (-text: the sentence the
 *   public page generates, labelled 自动生成; -repeated: a figure typed into the text as well).
 * Input ids: "field-" + document path (fieldId), e.g. field-expenditure.projects.2.amount.
 *
 * DATA-TESTIDS: editor-section-0 (the opening) … editor-section-9; computed figures (text = the 万元 number only,
 * e.g. "1028.57"): computed-revenue-total, computed-basic, computed-project, computed-expenditure-total,
 * computed-change-{total,basic,personnel,publicFunds,project} and …-percent ("-16.74%" or "—"),
 * computed-lines-{total,basic,personnel,public,project,carry-forward,grand-total}, computed-lines-source-{key} (sources
 * with an amount), computed-lines-general-{total,basic,project}, computed-lines-economic-{total,personnel,public};
 * code-path, code-note (picker: the chosen code's path; "…不是2016年支出功能分类的项级科目…");
 * computed-operating-total, computed-sangong-total (-prior, -change), computed-sangong-vehicle (-prior,
 * -change), computed-sangong-{item}-change, computed-activity-total, computed-procurement-total,
 * computed-procurement-line-total, computed-planned-total, computed-asset-total; buttons add-duty,
 * add-unit, add-revenue-source-{key}, add-project, add-operating-item, add-goal, add-activity,
 * add-subactivity, add-indicator, add-procurement-line, add-planned-purchase, add-glossary-term,
 * restore-glossary, add-expenditure-line, add-economic-line, start-lines (a document without lines), submit-draft; editor-checks (sidebar), editor-finding (data-severity, data-rule-id,
 * data-field); save-status (exact texts 已保存 / 保存中… / 有未保存的修改 / 保存失败; 有未保存的修改 also
 * while a field's text is kept only in the browser), save-now (button 立即保存), save-conflict,
 * save-refused, save-invalid, save-signed-out, save-network (button 立即重试), save-invalid-fields,
 * save-held, save-incomplete; local-restored, local-offer (buttons 采用本机修改… / 下载本机修改 /
 * 放弃本机修改); submit-errors and submit-incomplete (submit-finding), submit-message, submit-ok;
 * excel-panel, import-errors, import-ok; stated-figures; rows editor-project, editor-activity,
 * editor-subactivity, editor-procurement-line, editor-expenditure-line, editor-economic-line (in editor-lines). An empty required text is aria-invalid, described by
 * "<input id>-missing".
 *
 * SAVING (use-autosave.ts): a draft may be incomplete — a row whose name is still empty is saved as
 * it is and only blocks submitting; a field whose text is no valid entry keeps its last valid value
 * in the document (the text stays in the browser); everything typed is kept in the browser
 * (local-copy.ts) until the server confirms. Nothing one part lacks holds back the rest.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type JSX } from "react";
import type { ImportWorkbookResult, SaveDraftResult, SubmitDraftResult, WithdrawDraftResult } from "@/lib/drafts/results";
import { runChecks } from "@/lib/checks";
import type { PickerCodeLists } from "@/lib/classification/search";
import { deriveFigures } from "@/lib/disclosure/figures";
import { disclosureDocumentSchema, type DisclosureDocument } from "@/lib/disclosure/schema";
import { fieldErrors } from "@/lib/validation";
import { ChecksSidebar } from "./checks-sidebar";
import { EditorContext } from "./editor-context";
import { EditorHeader } from "./editor-header";
import { ExcelPanel } from "./excel-panel";
import { InvalidFieldStore } from "./invalid-store";
import type { LocalCopy } from "./local-copy";
import { LocalCopyNotices, useLocalRestore } from "./local-restore";
import { RemovalNotice, type Removal } from "./removal-notice";
import { SaveProblems } from "./save-status";
import { SectionAssets } from "./section-assets";
import { SectionDutiesUnits } from "./section-duties-units";
import { SectionGlossary, SectionOtherMatters } from "./section-glossary-other";
import { SectionOpening } from "./section-opening";
import { SectionOperating } from "./section-operating";
import { SectionPerformance } from "./section-performance";
import { SectionProcurement } from "./section-procurement";
import type { SectionProps } from "./section-props";
import { SectionRevenueExpenditure } from "./section-revenue-expenditure";
import { SectionSangong } from "./section-sangong";
import { SubmitConfirm } from "./submit-confirm";
import { SubmitOutcome, useSubmit } from "./submit-panel";
import { problemOf, useAutosave } from "./use-autosave";
import { WithdrawPanel } from "./withdraw-panel";

export interface DraftEditorProps {
  versionId: number;
  /** Whose browser copy of the draft this page keeps (one per user and version). */
  userId: number;
  revision: number;
  status: "draft" | "returned" | "submitted" | "published" | "superseded";
  departmentCode: string;
  departmentName: string;
  year: number;
  document: DisclosureDocument;
  previousDocument: DisclosureDocument | null;
  readOnly: boolean;
  saveAction: (input: { versionId: number; revision: number; document: unknown }) => Promise<SaveDraftResult>;
  submitAction: (input: { versionId: number; revision: number }) => Promise<SubmitDraftResult>;
  importAction: (formData: FormData) => Promise<ImportWorkbookResult>;
  /** The year's code lists for the budget lines' pickers (lib/classification pickerCodes); only that year's. */
  codeLists?: PickerCodeLists | null;
  /** 撤回: given to the department's editors; offered while the version awaits review. */
  withdrawAction?: ((input: { versionId: number }) => Promise<WithdrawDraftResult>) | null;
}

export function DraftEditor(props: DraftEditorProps): JSX.Element {
  const [doc, setDoc] = useState(props.document);
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [invalidFields] = useState(() => new InvalidFieldStore());
  const rawTexts = useSyncExternalStore(invalidFields.subscribe, invalidFields.getSnapshot, invalidFields.getServerSnapshot);
  const invalidIds = useMemo(() => Object.keys(rawTexts), [rawTexts]);
  // Bumped when a browser copy is restored: the fields mount afresh and take its texts.
  const [mountKey, setMountKey] = useState(0);
  useEffect(() => invalidFields.clearRestored(), [invalidFields, mountKey]);

  const figures = useMemo(() => deriveFigures(doc), [doc]);
  const findings = useMemo(() => runChecks(doc, { previous: props.previousDocument }), [doc, props.previousDocument]);
  // What a complete document still lacks (a row's name …): saved as a draft all the same, marked
  // at the field, listed, and required before submitting.
  const incomplete = useMemo(() => {
    const parsed = disclosureDocumentSchema.safeParse(doc);
    return parsed.success ? [] : fieldErrors(parsed.error, 200);
  }, [doc]);
  const incompleteKey = incomplete.map((e) => e.field).join("|");
  const incompletePaths = useMemo(() => new Set(incompleteKey === "" ? [] : incompleteKey.split("|")), [incompleteKey]);

  const editable = !props.readOnly && !submitted;
  const applyLocalCopy = useCallback(
    (copy: LocalCopy) => {
      invalidFields.restore(copy.raw);
      setDoc(copy.document);
      setMountKey((k) => k + 1);
    },
    [invalidFields],
  );
  const local = useLocalRestore({
    enabled: !props.readOnly,
    userId: props.userId,
    versionId: props.versionId,
    revision: props.revision,
    document: props.document,
    apply: applyLocalCopy,
  });
  const autosave = useAutosave({
    versionId: props.versionId,
    initialRevision: props.revision,
    document: doc,
    saveAction: props.saveAction,
    enabled: editable,
    rawTexts,
    localKey: local.localKey,
  });
  const readOnly = !editable || autosave.stopped;
  const onRefusal = (refusal: Parameters<typeof problemOf>[0]) => autosave.report(problemOf(refusal));
  const submit = useSubmit({
    versionId: props.versionId,
    flush: () => autosave.flush(doc),
    submitAction: props.submitAction,
    onSubmitted: () => setSubmitted(true),
    onRefusal,
  });

  const [removal, setRemoval] = useState<Removal | null>(null);
  const context = useMemo(
    () => ({ readOnly, invalidFields, incomplete: incompletePaths, onRemoved: setRemoval }),
    [readOnly, invalidFields, incompletePaths],
  );
  const sectionProps: SectionProps = { doc, update: setDoc, figures, year: props.year, codes: props.codeLists ?? null };
  const errorCount = findings.filter((f) => f.severity === "error").length;

  return (
    <EditorContext.Provider value={context}>
      {/* At desktop widths the editor takes more than the site's 64rem reading column (a negative
          margin of half the difference on each side): the form column needs ~55rem for its tables'
          操作 column beside the 22rem 数据核对 panel. */}
      <div className="space-y-4 pb-16 lg:mx-[calc(50%-min(50vw-1.5rem,44rem))]" data-testid="editor-root">
        <EditorHeader
          {...props}
          status={submitted ? "submitted" : props.status}
          readOnly={readOnly}
          saveState={editable ? autosave.state : null}
          onSaveNow={editable && !autosave.stopped && autosave.state !== "saved" ? autosave.saveNow : null}
          submitPending={submit.pending}
          onSubmit={() => setConfirming(true)}
        />
        {editable && (
          <SubmitConfirm
            open={confirming}
            departmentName={props.departmentName}
            year={props.year}
            revenueTotal={figures.revenueTotal}
            expenditureTotal={figures.expenditureTotal}
            errors={errorCount}
            warnings={findings.length - errorCount}
            incomplete={incomplete.length}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              void submit.submit();
            }}
          />
        )}
        {!props.readOnly && <LocalCopyNotices notices={local.notices} versionId={props.versionId} onTake={local.take} onDiscard={local.discard} />}
        {editable && (
          <SaveProblems
            problem={autosave.problem}
            invalidPaths={invalidIds.map((id) => id.replace(/^field-/, ""))}
            held={autosave.held}
            incomplete={incomplete}
            onRetry={autosave.retry}
            versionId={props.versionId}
          />
        )}
        {submitted || props.status === "submitted" ? (
          <WithdrawPanel versionId={props.versionId} withdrawAction={props.withdrawAction ?? null} />
        ) : (
          <SubmitOutcome outcome={submit.outcome} />
        )}
        {editable && !submitted && errorCount > 0 && (
          <p className="text-sm text-stone-800">数据核对有 {errorCount} 处错误，提交审核会被退回；请先按右侧（手机在下方）“数据核对”逐条修正。</p>
        )}

        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="min-w-0 space-y-6" key={mountKey}>
            <SectionOpening {...sectionProps} />
            <SectionDutiesUnits {...sectionProps} />
            <SectionRevenueExpenditure {...sectionProps} />
            <SectionOperating {...sectionProps} />
            <SectionSangong {...sectionProps} />
            <SectionPerformance {...sectionProps} />
            <SectionProcurement {...sectionProps} />
            <SectionAssets {...sectionProps} />
            <SectionGlossary {...sectionProps} />
            <SectionOtherMatters {...sectionProps} />
          </div>
          {/* One sticky column that fits the screen: the findings scroll inside their own box and
              the Excel panel keeps its place below it, so nothing in the column lies over another. */}
          <div className="space-y-4 lg:sticky lg:top-24 lg:flex lg:max-h-[calc(100vh-7rem)] lg:flex-col lg:self-start" data-testid="editor-side">
            <ChecksSidebar findings={findings} />
            <ExcelPanel
              versionId={props.versionId}
              departmentCode={props.departmentCode}
              year={props.year}
              revision={autosave.revision}
              readOnly={readOnly}
              settle={autosave.settle}
              importAction={props.importAction}
              onImported={(document, revision) => {
                setDoc(document);
                autosave.accept(document, revision);
              }}
              onRefusal={onRefusal}
            />
          </div>
        </div>
        {!readOnly && <RemovalNotice removal={removal} onClose={() => setRemoval(null)} />}
      </div>
    </EditorContext.Provider>
  );
}
