"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Shows `children` once the box comes near the screen, `placeholder` until then. The charts'
 * code (Recharts, about 108 KB gzip even for one line chart) is fetched only when a chart is about
 * to be seen, so a visitor who reads the tables — the server-rendered alternative every chart has
 * — never downloads it, and the page is usable before any of it arrives; one who scrolls on finds
 * the chart drawn as it comes into view. The look-ahead is short (100 px) so that a chart below
 * the first screen is not fetched with the page: with 300 px, the department page's first chart
 * (about 1,020 px down) was fetched at load on an 800 px screen, 129 KB of JavaScript over the
 * bare page against the 80 KB the portal allows (docs/benchmarks.md).
 */
export function WhenVisible(props: { children: ReactNode; placeholder: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "100px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={props.className}>
      {visible ? props.children : props.placeholder}
    </div>
  );
}
