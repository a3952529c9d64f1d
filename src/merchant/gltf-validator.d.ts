// gltf-validator ships JavaScript only; these are the parts the audit uses (see its README).
declare module 'gltf-validator' {
  export interface ValidatorMessage {
    code: string;
    message: string;
    severity: number;
    pointer?: string;
    offset?: number;
  }
  export interface ValidatorReport {
    validatorVersion: string;
    issues: {
      numErrors: number;
      numWarnings: number;
      numInfos: number;
      numHints: number;
      messages: ValidatorMessage[];
      truncated: boolean;
    };
    info?: { generator?: string; extensionsUsed?: string[] };
  }
  export function validateBytes(
    data: Uint8Array,
    options?: { uri?: string; format?: 'glb' | 'gltf'; maxIssues?: number; writeTimestamp?: boolean },
  ): Promise<ValidatorReport>;
  export function version(): string;
}
