/**
 * The startup script that runs an experiment's container on a Compute Engine VM (metadata `startup-script`).
 * The `gce-container-declaration` agent is deprecated and never supported GPUs, so the VM (Container-Optimized OS)
 * runs the container itself: install the GPU driver when there are GPUs, log in to Artifact Registry, `docker run`
 * the image with the production form of the psml command (seed 001: `psml-cli experiments serve|train …`, no mounts),
 * and — for training — delete the VM when the container exits (a guest shutdown would only stop it while its disk
 * keeps billing). Pure: a function of its input, so it can be tested and shown in a plan.
 */

export interface ContainerScriptInput {
  role: 'serving' | 'training';
  image: string;
  /** Arguments after the image (the psml-cli command, or the manifest's args). */
  args: string[];
  /** Entrypoint override (manifest `command`); its first word replaces the image's entrypoint. */
  command?: string[];
  env: Record<string, string>;
  /** GPUs on the VM (driver install + device flags). */
  gpus: number;
  /** Serving: host port published to the load balancer (same as the container port). */
  port?: number;
  /** Description for the first comment line (`svc 1.2`). */
  revision: string;
}

/** Default production command of a revision (seed 001): the image already holds the code, so no mounts. */
export function psmlCliArgs(role: 'serving' | 'training', service: string, major: number, minor: number): string[] {
  return ['psml-cli', 'experiments', role === 'serving' ? 'serve' : 'train', service, String(major), String(minor)];
}

/** Single-quotes a word for bash (`it's` → `'it'\''s'`). */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

const registryOf = (image: string): string | undefined => {
  const first = image.split('/')[0] ?? '';
  return image.includes('/') && (first.includes('.') || first.includes(':')) ? first : undefined;
};

export function containerStartupScript(input: ContainerScriptInput): string {
  const container = `psml-${input.role}`;
  const lines: string[] = [
    '#!/bin/bash',
    `# psml ${input.role}: ${input.revision} (generated; runs on every boot)`,
    'set -uo pipefail',
    // Container-Optimized OS: / is read-only, docker-credential-gcr writes $HOME/.docker
    'export HOME=/var/lib/psml && mkdir -p "$HOME"',
  ];
  const registry = registryOf(input.image);
  if (registry?.endsWith('.pkg.dev') || registry?.endsWith('gcr.io'))
    lines.push(`docker-credential-gcr configure-docker --registries=${shellQuote(registry)}`);

  const gpuFlags: string[] = [];
  if (input.gpus > 0) {
    lines.push(
      '# GPU driver (COS): install, then make the driver directory executable for the container',
      'cos-extensions install gpu',
      'mount --bind /var/lib/nvidia /var/lib/nvidia',
      'mount -o remount,exec /var/lib/nvidia',
    );
    // `--gpus all` fails on COS: pass the driver and the devices explicitly
    gpuFlags.push(
      '--volume /var/lib/nvidia/lib64:/usr/local/nvidia/lib64',
      '--volume /var/lib/nvidia/bin:/usr/local/nvidia/bin',
      ...Array.from({ length: input.gpus }, (_, i) => `--device /dev/nvidia${i}`),
      '--device /dev/nvidia-uvm',
      '--device /dev/nvidiactl',
    );
  }

  const env = Object.entries(input.env)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `--env ${shellQuote(`${k}=${v}`)}`);
  const entrypoint = input.command?.length ? [`--entrypoint ${shellQuote(input.command[0]!)}`] : [];
  const argv = [...(input.command?.slice(1) ?? []), ...input.args].map(shellQuote);
  const runFlags = [
    `--name ${container}`,
    '--log-driver=gcplogs', // container output goes to Cloud Logging
    ...(input.role === 'serving' ? ['--detach', '--restart=always', `--publish ${input.port ?? 8080}:${input.port ?? 8080}`] : []),
    ...gpuFlags,
    ...env,
    ...entrypoint,
  ];
  lines.push(
    `docker rm --force ${container} >/dev/null 2>&1 || true`,
    ['docker run', ...runFlags, [shellQuote(input.image), ...argv].join(' ')].join(' \\\n  '),
  );

  if (input.role === 'training') {
    lines.push(
      'status=$?',
      `echo "psml: training container exited with status $status"`,
      '# done (or failed): delete this VM through the Compute API with the VM service account token',
      "MD=http://metadata.google.internal/computeMetadata/v1; H='Metadata-Flavor: Google'",
      'TOKEN=$(curl -sf -H "$H" "$MD/instance/service-accounts/default/token" | sed -n \'s/.*"access_token" *: *"\\([^"]*\\)".*/\\1/p\')',
      'NAME=$(curl -sf -H "$H" "$MD/instance/name")',
      'ZONE=$(curl -sf -H "$H" "$MD/instance/zone"); ZONE=${ZONE##*/}',
      'PROJECT=$(curl -sf -H "$H" "$MD/project/project-id")',
      'for i in 1 2 3 4 5; do',
      '  curl -sf -X DELETE -H "Authorization: Bearer $TOKEN" \\',
      '    "https://compute.googleapis.com/compute/v1/projects/$PROJECT/zones/$ZONE/instances/$NAME" && break',
      '  sleep $((i * 10))',
      'done',
      // if deletion failed, scheduling.maxRunDuration (instanceTerminationAction DELETE) is the watchdog
    );
  }
  return `${lines.join('\n')}\n`;
}
