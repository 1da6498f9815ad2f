/** The parts of the `datapackage` library (frictionlessdata/datapackage-js) the tests use. */
declare module "datapackage" {
  export interface ReadOptions {
    keyed?: boolean;
    cast?: boolean;
    forceCast?: boolean;
  }

  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly headers: string[] | null;
    read(options: ReadOptions & { keyed: true }): Promise<Record<string, unknown>[]>;
    read(options?: ReadOptions): Promise<unknown[][]>;
  }

  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }

  export class Profile {
    static load(profile: string | object): Promise<Profile>;
    readonly jsonschema: { title?: string };
    validate(descriptor: object): { valid: boolean; errors: Error[] };
  }
}
