"use client";
// The one hook for forms that call a server action (issue 15). Actions are exported one way:
// `formAction(authedAction(...))`, i.e. (previous result, form data) → ActionResult.
// The form is submitted without React's automatic reset, so nothing typed is lost when the server
// refuses it; it is cleared only after a successful save when asked (`resetOnSuccess`). A form
// that destroys or moves something asks first (`confirm`).
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action";

export type FormActionFn<T> = (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

export function useKeptForm<T>(
  action: FormActionFn<T>,
  { resetOnSuccess = false, confirm }: { resetOnSuccess?: boolean; confirm?: string } = {},
) {
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, start] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const form = e.currentTarget;
    const data = new FormData(form, (e.nativeEvent as SubmitEvent).submitter);
    start(async () => {
      const result = await action(state, data);
      setState(result);
      if (result.ok && resetOnSuccess) form.reset();
    });
  };
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return { state, pending, onSubmit, errors };
}
