"use client";
// Replaces the root layout when that layout itself fails, so it brings its own <html>.
import "./globals.css";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body>
        <ErrorNotice reset={reset} />
      </body>
    </html>
  );
}
