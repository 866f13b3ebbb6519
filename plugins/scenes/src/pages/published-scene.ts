// The published scene a page asks for (`?id=3`), with its participants; anything else, unpublished
// scenes included, is simply not found.
import { PageRequest } from '../../../pdk';
import { Participant, participantsOf } from '../participants-table';
import { sceneNumber } from '../scene-lookup';
import { Scene, sceneById } from '../scenes-table';

export class PublishedScene {
  constructor(
    public scene: Scene | null,
    public people: Participant[],
  ) {}
}

export function publishedScene(request: PageRequest): PublishedScene {
  const id = sceneNumber(request.param('id'));
  if (id <= 0) return new PublishedScene(null, []);
  const found = sceneById(id);
  if (found.scene === null || !found.scene!.published) return new PublishedScene(null, []);
  const people = participantsOf(id);
  return new PublishedScene(found.scene, people === null ? [] : people);
}
