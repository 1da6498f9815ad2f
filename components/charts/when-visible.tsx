"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Shows `children` once the box comes near the screen, `placeholder` until then. The charts'
 * code (Recharts, about 108 KB gzip even for one line chart) is fetched only when a chart is about
 * to be seen, so a visitor who reads the tables — the server-rendered alternative every chart has
 * — never downloads it; one who scrolls on finds the chart drawn by the time it is in view.
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
      { rootMargin: "300px 0px" },
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
