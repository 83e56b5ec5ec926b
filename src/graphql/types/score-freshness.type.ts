import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ScoreSource } from '../../services/scores/score-freshness';
import { DateTimeISO, LocalDate } from '../scalars';

export const ScoreSourceEnum = { STORED: 'STORED', LIVE: 'LIVE' } as const;
registerEnumType(ScoreSourceEnum, {
  name: 'ScoreSource',
  description:
    'Where a score came from: kept in the graph by the re-scoring worker, or computed for this request.',
});

@ObjectType('ScoreFreshness', {
  description:
    'How current a score is: when it was computed, under which configuration, and whether an input changed since (then the worker re-scores it shortly).',
})
export class ScoreFreshnessType {
  @Field(() => ScoreSourceEnum)
  source!: ScoreSource;

  @Field(() => DateTimeISO)
  computedAt!: string;

  @Field(() => LocalDate, { description: 'The day the score was computed for.' })
  asOf!: string;

  @Field({ description: 'An input changed, or the day moved on, since it was computed.' })
  stale!: boolean;

  @Field(() => DateTimeISO, {
    nullable: true,
    description: 'When the first change it has not caught up with was made.',
  })
  staleSince!: string | null;

  @Field(() => Int, { description: 'Seconds since it was computed.' })
  ageSeconds!: number;

  @Field(() => String, { nullable: true, description: 'Fingerprint of the analytics configuration it used.' })
  configVersion!: string | null;
}
