import type { Highs } from 'highs';
declare const factory: (options?: object) => Promise<Highs>;
export = factory;
