// The rounds of a set's year and group: which version each uses, and (for admins) the switch
// to this version for rounds still in DRAFT or OPEN.
import { RoundStatus } from "./round-status";
import { SwitchRoundButton } from "./switch-round-button";

type Round = {
  id: number;
  name: string;
  status: string;
  criteriaSetId: number;
  criteriaSet: { version: number };
};

export function SetRounds({
  setId,
  version,
  rounds,
  manage,
}: {
  setId: number;
  version: number;
  rounds: Round[];
  manage: boolean;
}) {
  if (rounds.length === 0)
    return <p className="text-sm text-slate-600">Chưa có đợt đánh giá nào của năm và khối này.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {rounds.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{r.name}</span>
          <RoundStatus status={r.status} />
          <span className="text-slate-600">
            {r.criteriaSetId === setId ? "dùng phiên bản này" : `dùng phiên bản ${r.criteriaSet.version}`}
          </span>
          {manage && r.criteriaSetId !== setId && (r.status === "DRAFT" || r.status === "OPEN") ? (
            <SwitchRoundButton roundId={r.id} roundName={r.name} setId={setId} version={version} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
