// Package career is a graph of career moves between roles.
//
// # Transitions
//
// A Transition is a directed move from one role to another, of one of three
// kinds that job descriptions use: Entry (the roles people enter a role
// from), Advancement (up to a more senior role) and Lateral (across, at the
// same level). A transition may carry weights: the typical years before the
// move, or a source's relatedness index.
//
// # The graph
//
// New builds an immutable Graph from transitions. Roles become dense int32
// indices in ID order and edges are stored as compressed sparse rows, so a
// graph is compact and walks over it touch contiguous memory. A Graph is
// safe for concurrent use. From and To iterate over the moves out of and
// into a role.
//
// # Paths
//
// A path is a sequence of roles. A move between two roles may be stated as
// more than one kind (a lateral move one role lists that the other lists as
// an entry): it is one move, which Path.Kinds and Next report with all its
// kinds, and which costs the least of their weights. So no two paths a
// query lists read the same.
//
// Queries order paths by cost (the number of moves, or the sum of the
// weights WeightBy, WeightByYears or WeightByIndex gives the moves, compared
// exactly whatever order they are added in), then by
// number of moves, then by the role IDs along the path from the start.
// ShortestPath returns the least path in this order and KShortestPaths the
// first k, the first being ShortestPath's; the answers depend on nothing
// but the graph and the query.
//
// The package knows role IDs and transitions and nothing about skills or
// pay: it is a graph library first, in the manner of gonum's graph/path.
package career
