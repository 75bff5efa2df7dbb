"use server";
// A person's own account settings: the e-mail notices.
import { revalidatePath } from "next/cache";
import { authedAction, formAction } from "@/lib/auth/action";
import { noticeSettingsInput, saveNoticeSettings } from "@/lib/notices/settings";

const save = authedAction("account:self", noticeSettingsInput, async (input, user) => {
  const r = await saveNoticeSettings(input, { id: user.id, username: user.username });
  revalidatePath("/tai-khoan/thong-bao");
  return r;
});

export const saveNoticeSettingsAction = formAction(save);
