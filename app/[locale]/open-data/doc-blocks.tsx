/** Small accessible building blocks of the /open-data page: tables with captions, code blocks. */
export function DocTable({ caption, head, rows }: { caption: string; head: string[]; rows: React.ReactNode[][] }) {
  return (
    // Focusable so keyboard users can scroll a wide table on a phone.
    <div className="mb-4 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="doc-table bg-white">
        <caption className="mb-1 text-left text-sm font-semibold text-stone-700">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Code({ children }: { children: string }) {
  return <code className="rounded bg-stone-100 px-1 font-mono text-[0.9em]">{children}</code>;
}

export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <figure className="mb-4">
      <figcaption className="mb-1 text-sm text-stone-700">{label}</figcaption>
      <pre className="overflow-x-auto rounded border border-stone-300 bg-white p-3 text-xs leading-relaxed" tabIndex={0}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}

export function ExampleLinks({ urls }: { urls: string[] }) {
  return (
    <p className="mb-6 text-sm">
      示例 (examples):{" "}
      {urls.map((url, i) => (
        <span key={url}>
          {i > 0 && "，"}
          {/* Plain links: these are API answers (JSON, CSV), not pages of the app. */}
          <a href={url} className="break-all font-mono text-blue-800 underline underline-offset-2">
            {url}
          </a>
        </span>
      ))}
    </p>
  );
}
