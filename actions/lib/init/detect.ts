import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CONFIG_FILE_NAME } from "../config/load.js";
import {
  SMOKE_CASES_FILE,
  smokeCasesState,
  type SmokeCasesState,
} from "./smoke-template.js";

/** What `modelship init` found in a repository, and what it guesses from it. */
export interface DetectedRepository {
  /** Absolute path of the repository. */
  dir: string;
  /** A `.git` directory or file (worktree) is present. */
  isGitRepository: boolean;
  /** `owner/repo` of the `origin` remote on GitHub, when `.git/config` names one. */
  gitHubRepository?: { owner: string; repo: string };
  /** Python markers found (`requirements.txt`, `pyproject.toml`, `setup.py`). */
  python: string[];
  /** package.json's script names, when there is a package.json. */
  nodeScripts?: string[];
  /** The root Dockerfile, with its first EXPOSEd port. */
  dockerfile?: { path: string; exposedPort?: number };
  /** A modelship.yml is already there. */
  hasConfig: boolean;
  /** The smoke-cases.json there: none, init's untouched template, or the repository's own. */
  smokeCases: SmokeCasesState;
  /** Files already in `.github/workflows/`. */
  workflows: string[];
  /** A guessed app name, from the GitHub repository's name or else the directory's. */
  app: string;
  /** The guessed train command and the file that suggested it; undefined when unknown. */
  train?: { command: string; from: string };
  /** The guessed command that starts the service; undefined when unknown. */
  start?: { command: string; from: string };
}

/** Files read while detecting are small; a bigger one is treated as unreadable. */
const MAX_READ_BYTES = 256 * 1024;
const PYTHON_MARKERS = ["requirements.txt", "pyproject.toml", "setup.py"];
const PYTHON_TRAIN = [
  "train.py",
  "src/train.py",
  "model/train.py",
  "scripts/train.py",
];
const PYTHON_START = [
  "server.py",
  "serve.py",
  "app.py",
  "main.py",
  "src/server.py",
];

function readSmall(file: string): string | undefined {
  try {
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > MAX_READ_BYTES) return undefined;
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** A name parseAppName accepts, made from a directory name: `My_Model.v2` → `my-model-v2`. */
export function appNameFrom(dirName: string): string {
  const slug = dirName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 32)
    .replace(/-+$/, "");
  return slug === "" ? "model" : slug;
}

/** The first port of the first `EXPOSE` line, e.g. `EXPOSE 8080/tcp 9090` → 8080. */
export function exposedPort(dockerfile: string): number | undefined {
  const match = /^\s*EXPOSE\s+(\d{1,5})(?:\/(?:tcp|udp))?\b/im.exec(dockerfile);
  const port = match ? Number(match[1]) : NaN;
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** `owner/repo` of `[remote "origin"]` in a `.git/config`, when it is on GitHub. */
export function originOnGitHub(
  gitConfig: string,
): { owner: string; repo: string } | undefined {
  const section = /\[remote "origin"\]([^[]*)/.exec(gitConfig)?.[1] ?? "";
  const url = /^\s*url\s*=\s*(\S+)/m.exec(section)?.[1] ?? "";
  const match =
    /github\.com[:/]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(
      url,
    );
  return match
    ? { owner: match[1] as string, repo: match[2] as string }
    : undefined;
}

function nodeScripts(dir: string): string[] | undefined {
  const text = readSmall(path.join(dir, "package.json"));
  if (text === undefined) return undefined;
  try {
    const scripts = (JSON.parse(text) as { scripts?: unknown }).scripts;
    return typeof scripts === "object" && scripts !== null
      ? Object.keys(scripts)
      : [];
  } catch {
    return [];
  }
}

function guessCommands(
  dir: string,
  python: string[],
  scripts: string[] | undefined,
): Pick<DetectedRepository, "train" | "start"> {
  const present = (file: string) => existsSync(path.join(dir, file));
  const pyTrain = PYTHON_TRAIN.find(present);
  const pyStart = PYTHON_START.find(present);
  const train = pyTrain
    ? { command: `python3 ${pyTrain}`, from: pyTrain }
    : scripts?.includes("train")
      ? { command: "npm run train", from: 'package.json script "train"' }
      : undefined;
  const start = pyStart
    ? { command: `python3 ${pyStart}`, from: pyStart }
    : scripts?.includes("start")
      ? { command: "npm start", from: 'package.json script "start"' }
      : undefined;
  // A Python file that merely exists beside a Node project is not a guess worth making.
  if (python.length === 0 && scripts !== undefined) {
    return {
      train: train?.command.startsWith("npm") ? train : undefined,
      start: start?.command.startsWith("npm") ? start : undefined,
    };
  }
  return { train, start };
}

/**
 * Looks at a repository the way a new user's would be: its language markers, Dockerfile, git
 * remote, and any modelship files already there. Reads only small files; writes nothing.
 */
export function detectRepository(dirIn: string): DetectedRepository {
  const dir = path.resolve(dirIn);
  const python = PYTHON_MARKERS.filter((f) => existsSync(path.join(dir, f)));
  const scripts = nodeScripts(dir);
  const dockerText = readSmall(path.join(dir, "Dockerfile"));
  const gitConfig = readSmall(path.join(dir, ".git", "config"));
  const workflowsDir = path.join(dir, ".github", "workflows");
  const gitHubRepository = gitConfig ? originOnGitHub(gitConfig) : undefined;
  const casesFile = path.join(dir, SMOKE_CASES_FILE);
  return {
    dir,
    isGitRepository: existsSync(path.join(dir, ".git")),
    gitHubRepository,
    python,
    nodeScripts: scripts,
    dockerfile:
      dockerText === undefined
        ? undefined
        : { path: "Dockerfile", exposedPort: exposedPort(dockerText) },
    hasConfig: existsSync(path.join(dir, CONFIG_FILE_NAME)),
    // Too large to read is still the repository's own file.
    smokeCases: existsSync(casesFile)
      ? smokeCasesState(readSmall(casesFile) ?? "")
      : "none",
    workflows: existsSync(workflowsDir) ? readdirSync(workflowsDir).sort() : [],
    app: appNameFrom(gitHubRepository?.repo ?? path.basename(dir)),
    ...guessCommands(dir, python, scripts),
  };
}
