package rolemodel

import (
	"iter"

	"github.com/rolemodel/rolemodel/role"
)

// RolesUsing returns the roles that list a technology named tech, or a
// technology of the category tech, ignoring case and spacing (role.Role.Uses),
// in ID order: RolesUsing("Kubernetes") answers which roles use Kubernetes
// (thirteen occupations in O*NET 29.3's Technology Skills), and
// RolesUsing("Spreadsheet software") which use any spreadsheet. It scans
// every technology of every role: O(t) for t technologies in the catalog.
func (c *Catalog) RolesUsing(tech string) iter.Seq[role.Role] {
	return func(yield func(role.Role) bool) {
		if c == nil {
			return
		}
		for i := range c.p.Roles {
			if c.p.Roles[i].Uses(tech) && !yield(c.p.Roles[i].Clone()) {
				return
			}
		}
	}
}
