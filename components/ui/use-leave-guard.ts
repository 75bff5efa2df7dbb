"use client";
// While a screen holds typed changes the server has not accepted, leaving it asks first: closing or
// reloading the tab (the browser's own prompt) and following a link inside the app (a confirm;
// the app's links navigate without unloading the page, so beforeunload alone would not catch them).
import { useEffect } from "react";

export function useLeaveGuard(
  active: boolean,
  message = "Bạn có thay đổi chưa lưu. Rời trang này thì các thay đổi đó sẽ mất. Vẫn rời trang?",
) {
  useEffect(() => {
    if (!active) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!(a instanceof HTMLAnchorElement) || a.target === "_blank" || a.hasAttribute("download")) return;
      const to = new URL(a.href, location.href);
      if (
        to.origin !== location.origin ||
        (to.pathname === location.pathname && to.search === location.search)
      )
        return;
      if (!window.confirm(message)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [active, message]);
}
