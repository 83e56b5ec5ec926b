/** The stakeholder map as the web app's map screen asks for it: what bench:api and profile-map time. */
export const MAP_QUERY = `query($id: ID!) { stakeholderMap(accountId: $id) {
  interactionsSince account { id name arr }
  nodes { id side name title seniority department businessUnitId status level roles teamRoles }
  edges { id kind source target weight influenceKind interactionCount twoWayCount lastInteractionAt } } }`;
