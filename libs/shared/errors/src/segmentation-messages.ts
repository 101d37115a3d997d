/**
 * The segmentation domain's part of the server message catalogue (messages.ts has the rules):
 * segment rules and the orders integrators send.
 */
export const SEGMENTATION_MESSAGES = {
  'segmentation.ruleInvalid': 'The segment rule is not valid.',
  'segmentation.cycle': 'segments may not contain each other in a loop',
  'segmentation.segmentOrRule': 'Give a segment or a rule.',
  'segmentation.name': 'Give the segment a name.',
  'segmentation.staticNoSchedule': 'A static segment is not refreshed on a schedule.',
  'segmentation.paramsObject': 'must be an object of parameters',
  'segmentation.groupOrCondition': 'must be a group or a condition',
  'segmentation.chooseCondition': 'choose a condition',
  'segmentation.ordersInvalid': 'Some orders are not valid; none were stored.',
  'segmentation.ordersList': 'must be a list of 1 or more orders',
  'segmentation.ordersMax': 'may hold at most {{max}} orders',
  'segmentation.orderObject': 'must be an order object',
  'segmentation.linesMax': 'must be a list of at most {{max}} lines',
  'segmentation.lineObject': 'must be a line object',
  'segmentation.noSegment': 'No such segment.',
  'segmentation.windowOrder': 'The window must end after it starts.',
  'segmentation.periodOrder': 'The period must end after it starts.',
  'segmentation.strategyName': 'Give the strategy a name.',
  'segmentation.calibrationEnd': 'The calibration must end on or before the run’s date.',
  'segmentation.futureRun': 'A run cannot be as of a future date.',
  'segmentation.mayNotCreateContacts': 'You may not create contacts: choose to reject orders of unknown customers.',
  'segmentation.undoFinished': 'Only a finished import can be undone.',
  'segmentation.mapField': 'map a column to {{field}}',
  'segmentation.mapCustomer': 'map a column to email or contactId (the customer)',
  'segmentation.mapAmount': 'map a column to amount or lineAmount',
} as const;
