import {
  addRunStep,
  addTimerMinute,
  seedRunSheet,
  stepBy,
  stopTimer,
  summonEveryone,
  toggleFollow,
  toggleTimer,
  toggleTimerSound,
  type CommandLookup,
} from './facilitation-actions';
import { switchPrivateModeOn } from './private-actions';
import type { Command, CommandState } from './types';

const facilitatorOnly = (state: CommandState) => state.facilitator;

/**
 * The facilitator's controls. They change the shared `session` state, which the server accepts from
 * facilitators only; for anyone else they are disabled. `lookup` finds commands other features add
 * (private mode, voting) without importing them.
 */
export function facilitationCommands(lookup: CommandLookup) {
  return [
    {
      id: 'facilitation.console',
      labelKey: 'facilitation.console.open',
      group: 'facilitation',
      inHelp: false,
      perform: ({ store }) => store.getState().setConsoleOpen(!store.getState().consoleOpen),
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.nextStep',
      labelKey: 'facilitation.step.next',
      group: 'facilitation',
      inHelp: false,
      perform: (context) => stepBy(context, 1, lookup),
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.previousStep',
      labelKey: 'facilitation.step.previous',
      group: 'facilitation',
      inHelp: false,
      perform: (context) => stepBy(context, -1, lookup),
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.addStep',
      labelKey: 'facilitation.steps.add',
      group: 'facilitation',
      inHelp: false,
      perform: (context) => void addRunStep(context, ''),
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.seedSteps',
      labelKey: 'facilitation.steps.seed',
      group: 'facilitation',
      inHelp: false,
      perform: (context) => void seedRunSheet(context),
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.timerToggle',
      labelKey: 'facilitation.timer.start',
      group: 'facilitation',
      inHelp: false,
      perform: toggleTimer,
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.timerAddMinute',
      labelKey: 'facilitation.timer.addMinute',
      group: 'facilitation',
      inHelp: false,
      perform: addTimerMinute,
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.timerStop',
      labelKey: 'facilitation.timer.stop',
      group: 'facilitation',
      inHelp: false,
      perform: stopTimer,
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.timerSound',
      labelKey: 'facilitation.timer.sound',
      group: 'facilitation',
      inHelp: false,
      perform: toggleTimerSound,
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.summon',
      labelKey: 'facilitation.summon',
      group: 'facilitation',
      inHelp: false,
      perform: summonEveryone,
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.follow',
      labelKey: 'facilitation.follow',
      group: 'facilitation',
      inHelp: false,
      perform: toggleFollow,
      enabled: facilitatorOnly,
    },
    {
      id: 'facilitation.privateMode',
      labelKey: 'private.switchOn',
      group: 'facilitation',
      inHelp: false,
      perform: (context) => switchPrivateModeOn(context),
      enabled: facilitatorOnly,
    },
  ] as const satisfies readonly Command[];
}
