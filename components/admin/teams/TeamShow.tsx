"use client";
// A team: its fields, its decision log as MADR files (export and import), and its history.
import { ResourceShow } from "../resource/ResourceShow";
import { DecisionLogPanel } from "./DecisionLogPanel";

export function TeamShow() {
  return <ResourceShow below={<DecisionLogPanel />} />;
}
