import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "部门预算公开平台", template: "%s · 部门预算公开平台" },
  description: "县级部门预算信息公开：查阅、比较和下载各部门各年度预算。",
};

const NAV: [string, string][] = [
  ["/", "部门与年度"],
  ["/years", "年度排名"],
  ["/compare", "比较"],
  ["/open-data", "开放数据"],
  ["/about", "关于"],
  ["/login", "登录"],
];

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          跳到正文
        </a>
        <header className="no-print border-b-4 border-brand bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-brand">
              部门预算公开平台
            </Link>
            <nav aria-label="主导航" className="text-sm">
              <ul className="flex flex-wrap justify-end gap-x-4 gap-y-1">
                {NAV.map(([href, text]) => (
                  <li key={href}>
                    <Link href={href} className="underline-offset-4 hover:underline">
                      {text}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-5xl px-4 py-8 text-xs text-stone-600">
          金额单位：万元。标注“示例数据”的部门和年度为演示用的虚构数据。
        </footer>
      </body>
    </html>
  );
}
