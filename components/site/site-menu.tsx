"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";

/**
 * The header's navigation behind a 菜单 button on a phone, laid out in the header from 640 px on
 * (`.site-menu` in app/globals.css). A native <details>: it opens and closes by keyboard and tells
 * screen readers whether it is expanded, with or without JavaScript. The only script: the menu
 * closes when a link in it has taken the visitor to another page (the header stays mounted).
 */
export function SiteMenu(props: { summary: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className="site-menu" data-testid="site-menu">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded border border-stone-500 px-2 py-1 text-sm [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">☰</span>
        {props.summary}
      </summary>
      <div className="absolute inset-x-0 top-full z-20 border-b border-stone-300 bg-white px-4 py-3 shadow-md sm:static sm:border-0 sm:p-0 sm:shadow-none">
        {props.children}
      </div>
    </details>
  );
}
