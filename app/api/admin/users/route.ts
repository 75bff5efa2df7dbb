// JSON API for user management (admin only); the admin page uses server actions over the same service.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { createUser, listUsers, userInput } from "@/lib/users/users";
import { z } from "zod";

export const GET = authedRoute("users:manage", async () => {
  const users = await listUsers();
  return NextResponse.json(
    users.map((u) => ({
      id: u.id,
      username: u.username,
      name: u.name,
      role: u.role,
      unit: u.unit?.code ?? null,
      active: u.active,
    })),
  );
});

export const POST = authedRoute("users:manage", async (req, user) => {
  const parsed = userInput.safeParse(await req.json().catch(() => null));
  if (!parsed.success)
    return NextResponse.json(
      { error: "Dữ liệu không hợp lệ", fieldErrors: z.flattenError(parsed.error).fieldErrors },
      { status: 422 },
    );
  return NextResponse.json(await createUser(parsed.data, user), { status: 201 });
});
