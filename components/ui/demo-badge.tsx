/** The label every invented record carries wherever it is shown. */
export function DemoBadge() {
  return (
    <span className="inline-block rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900">
      示例数据
    </span>
  );
}
