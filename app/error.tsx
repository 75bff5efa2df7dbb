"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice reset={reset} />;
}
