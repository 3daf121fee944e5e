import { PageHeader } from './PageHeader';

/** A screen whose feature has not been built yet: its title and one honest sentence. */
export function PlannedScreen({ title, description }: { title: string; description: string }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="planned">
        <p>{description}</p>
      </div>
    </>
  );
}
