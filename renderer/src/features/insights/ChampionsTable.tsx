import { Link } from 'wouter';
import type { Champion } from '../../../../shared/insights';
import { referralDateText } from '../../../../shared/referral-rules';
import './insights.css';

/** Where a champion's name leads: their page. */
export const championPath = ({ kind, id }: Pick<Champion, 'kind' | 'id'>) =>
  kind === 'person' ? `/people/${id}` : `/partners/${id}`;

export function ChampionLink({ champion }: { champion: Champion }) {
  return <Link href={championPath(champion)}>{champion.name}</Link>;
}

interface ChampionsTableProps {
  caption: string;
  champions: readonly Champion[];
  formatMoney: (minor: number) => string;
}

/** The numbers behind the champion charts: one row per person or partner. */
export function ChampionsTable({ caption, champions, formatMoney }: ChampionsTableProps) {
  return (
    <div className="insights-table-wrap">
      <table className="insights-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" className="is-number">
              Referrals
            </th>
            <th scope="col" className="is-number">
              Won value
            </th>
            <th scope="col">Last referral</th>
            <th scope="col">Last thanked</th>
          </tr>
        </thead>
        <tbody>
          {champions.map((champion) => (
            <tr key={champion.id}>
              <th scope="row">
                <ChampionLink champion={champion} />
              </th>
              <td className="is-number">{champion.referrals}</td>
              <td className="is-number">{formatMoney(champion.wonValue)}</td>
              <td>{referralDateText(champion.lastReferral)}</td>
              <td>{champion.lastThanked ? referralDateText(champion.lastThanked) : 'Not yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
