// JSON API for user management (admin only); the admin page uses server actions over the same service.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { createUser, listUsers, userInput } from "@/lib/users/users";

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

export const POST = authedRoute("users:manage", { body: userInput }, async (_req, user, { body }) =>
  NextResponse.json(await createUser(body, user), { status: 201 }),
);
