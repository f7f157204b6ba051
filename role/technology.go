package role

import (
	"slices"

	"github.com/rolemodel/rolemodel/internal/names"
)

// Technology is a product a source says a role uses, software or a tool,
// by its name, with the category the source files it under and the
// source's flags for how often employers ask for it. O*NET's Technology
// Skills file gives one row per occupation and product; each becomes one
// Technology of the occupation's role.
type Technology struct {
	// The product's name as the source gives it ("Kubernetes", "Atlassian
	// JIRA"; O*NET's Example column).
	Name string `json:"name" validate:"required,max=200"`
	// The category the source files the product under (O*NET's Commodity
	// Title, "Application server software").
	Category string `json:"category,omitempty" validate:"max=200"`
	// CategoryCode is the category's code in the source's classification:
	// for O*NET, the UNSPSC commodity code of the category ("43232701").
	CategoryCode string `json:"category_code,omitempty" validate:"max=40"`
	// Hot is O*NET's Hot Technology flag: a technology employers' job
	// postings frequently ask for, across occupations.
	Hot bool `json:"hot,omitempty"`
	// InDemand is O*NET's In Demand flag: a technology the job postings
	// for this occupation in particular frequently ask for.
	InDemand bool `json:"in_demand,omitempty"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

func (t Technology) clone() Technology { t.Sources = slices.Clone(t.Sources); return t }

// Uses reports whether the role lists a technology whose name or category
// is tech, ignoring case and spacing as catalog names are compared
// ("kubernetes" finds "Kubernetes"; "spreadsheet software" finds every
// product of that category). A tech of white space only matches nothing.
func (r Role) Uses(tech string) bool {
	k := names.Fold(tech)
	if k == "" {
		return false
	}
	for _, t := range r.Technologies {
		if foldEqual(t.Name, k) || foldEqual(t.Category, k) {
			return true
		}
	}
	return false
}

// foldEqual reports whether names.Fold(s) == k, without folding s when its
// length rules the match out: s folds to at most len(s) bytes (an ASCII s)
// or is folded in full.
func foldEqual(s, k string) bool {
	if s == "" || len(s) < len(k) && isASCII(s) {
		return false
	}
	return names.Fold(s) == k
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
