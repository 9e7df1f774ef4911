import { exerciseById } from '@upright/core';
import type { Exercise } from '@upright/core';
import type { ReactNode } from 'react';
import type { PageProps } from '../../app/page';
import { hrefFor } from '../../app/router';
import { formatDose } from '../../format/dose';
import { PoseFigure } from './pose-figure';
import { exercisePath } from './session-words';

function List({
  title,
  items,
  ordered = false,
}: {
  readonly title: string;
  readonly items: readonly string[];
  readonly ordered?: boolean;
}): ReactNode {
  if (items.length === 0) return null;
  const children = items.map((s) => <li key={s}>{s}</li>);
  return (
    <section>
      <h2>{title}</h2>
      {ordered ? <ol className="steps">{children}</ol> : <ul>{children}</ul>}
    </section>
  );
}

function Variant({ label, id }: { readonly label: string; readonly id: string | null }): ReactNode {
  const ex = id === null ? undefined : exerciseById(id);
  if (!ex) return null;
  return (
    <li>
      {label}: <a href={hrefFor(exercisePath(ex.id))}>{ex.name}</a>
    </li>
  );
}

/** Everything about one exercise: the movement drawn, how to do it, and what to watch for. */
export function ExerciseDetail({ exercise }: { readonly exercise: Exercise }): ReactNode {
  const { pose } = exercise;
  return (
    <article className="exercise">
      <h1>{exercise.name}</h1>
      <p className="muted">{formatDose(exercise.dose)}</p>
      <div className="card figure-card">
        <PoseFigure
          start={pose.start}
          end={pose.end}
          label={`${exercise.name}, moving from the start to the end position`}
        />
        <div className="figure-pair">
          <figure>
            <PoseFigure
              start={pose.start}
              end={pose.end}
              only="start"
              label={`${exercise.name}: start position`}
            />
            <figcaption>Start</figcaption>
          </figure>
          <figure>
            <PoseFigure
              start={pose.start}
              end={pose.end}
              only="end"
              label={`${exercise.name}: end position`}
            />
            <figcaption>End</figcaption>
          </figure>
        </div>
      </div>
      <List title="How to do it" items={exercise.steps} ordered />
      <List title="Cues" items={exercise.cues} />
      <List title="Common mistakes" items={exercise.mistakes} />
      <List title="Take care" items={exercise.cautions} />
      {exercise.regressionId !== null || exercise.progressionId !== null ? (
        <section>
          <h2>Variations</h2>
          <ul>
            <Variant label="Easier" id={exercise.regressionId} />
            <Variant label="Harder" id={exercise.progressionId} />
          </ul>
        </section>
      ) : null}
      <section>
        <h2>Why it is in the plan</h2>
        <p>{exercise.evidence.note}</p>
      </section>
    </article>
  );
}

export function ExercisePage({ params }: PageProps): ReactNode {
  const exercise = exerciseById(params.id ?? '');
  if (!exercise) {
    return (
      <div className="card">
        <h1>Exercise not found</h1>
        <p>
          This exercise is not in the catalogue. <a href={hrefFor('/plan')}>Back to the plan</a>.
        </p>
      </div>
    );
  }
  return <ExerciseDetail exercise={exercise} />;
}
