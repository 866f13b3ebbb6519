// What a step shared by several commands came to: the text for the player, or why it was refused.
export class Outcome {
  constructor(
    public error: string,
    public text: string,
  ) {}

  static done(text: string): Outcome {
    return new Outcome('', text);
  }

  static refused(error: string): Outcome {
    return new Outcome(error, '');
  }

  get ok(): bool {
    return this.error.length == 0;
  }
}
