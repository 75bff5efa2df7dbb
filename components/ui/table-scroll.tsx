"use client";
// A wide table's sideways scroller that says it scrolls: a shadow on each edge that has more columns
// behind it, and a one-line hint under the table while it is wider than its box. Without scripts it
// is a plain overflow-x-auto box. In print nothing scrolls (globals.css): the table is laid out whole.
import { useEffect, useRef, useState } from "react";

type Props = { children: React.ReactNode; className?: string; label?: string };

export function TableScroll({ children, className = "", label = "Bảng cuộn ngang" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ start: false, end: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const start = el.scrollLeft > 1;
      const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((p) => (p.start === start && p.end === end ? p : { start, end }));
    };
    update();
    el.addEventListener("scroll", update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    for (const child of Array.from(el.children)) ro.observe(child);
    return () => {
      el.removeEventListener("scroll", update);
      ro.disconnect();
    };
  }, []);
  const scrollable = edges.start || edges.end;
  return (
    <div className={`table-scroll overflow-hidden ${className}`}>
      <div className="relative">
        {/* focusable only when it scrolls, so keyboard users can scroll it with the arrow keys */}
        <div
          ref={ref}
          className="overflow-x-auto"
          tabIndex={scrollable ? 0 : undefined}
          role={scrollable ? "region" : undefined}
          aria-label={scrollable ? label : undefined}
        >
          {children}
        </div>
        {edges.start ? (
          <div
            aria-hidden="true"
            className="no-print pointer-events-none absolute inset-y-0 left-0 z-20 w-6 bg-linear-to-r from-slate-900/25 to-transparent"
          />
        ) : null}
        {edges.end ? (
          <div
            aria-hidden="true"
            className="no-print pointer-events-none absolute inset-y-0 right-0 z-20 w-8 bg-linear-to-l from-slate-900/30 to-transparent"
          />
        ) : null}
      </div>
      {scrollable ? (
        <p
          aria-hidden="true"
          className="no-print border-t border-slate-200 bg-slate-50 px-2 py-1 text-xs text-slate-600"
          data-testid="scroll-hint"
        >
          Bảng rộng hơn màn hình: vuốt hoặc cuộn ngang để xem các cột khác{" "}
          <span className="whitespace-nowrap">← →</span>
        </p>
      ) : null}
    </div>
  );
}
