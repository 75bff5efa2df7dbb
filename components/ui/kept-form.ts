"use client";
// Submits a form to a server action without React's automatic form reset, so that nothing typed
// is lost when the server refuses it; the form is cleared only after a successful save (optional).
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action";

export function useKeptForm<T>(
  action: (form: FormData) => Promise<ActionResult<T>>,
  { resetOnSuccess = false } = {},
) {
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, start] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form, (e.nativeEvent as SubmitEvent).submitter);
    start(async () => {
      const result = await action(data);
      setState(result);
      if (result.ok && resetOnSuccess) form.reset();
    });
  };
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return { state, pending, onSubmit, errors };
}

/**
 * The shape of `useActionState` for actions made with `formAction(...)` (previous state, form data),
 * without its reset of the typed fields: `<form onSubmit={submit}>` instead of `action={…}`.
 */
export function useKeptActionState<T>(
  action: (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>,
  options: { resetOnSuccess?: boolean } = {},
) {
  const { state, pending, onSubmit } = useKeptForm((form: FormData) => action(null, form), options);
  return [state, onSubmit, pending] as const;
}
