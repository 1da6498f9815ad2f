/** The label every invented record carries wherever it is shown (styled in app/globals.css). */
export function DemoBadge() {
  return (
    <span className="demo-badge">
      示例数据
    </span>
  );
}
