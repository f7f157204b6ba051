package role

import (
	"slices"

	"github.com/rolemodel/rolemodel/salary"
)

// FamilyID identifies a job family within a catalog: a lower-case slug such
// as "engineering".
type FamilyID string

// LadderID identifies a career ladder within a catalog: a lower-case slug
// such as "software-engineering".
type LadderID string

// GradeID identifies a pay grade within a catalog: a lower-case slug such as
// "l5".
type GradeID string

// Family is a job family: a group of jobs that share a kind of work
// (Engineering, Data, Product), as HR systems such as Workday keep them. A
// family may sit inside a parent family, making it a sub-family; parents
// form a tree (a catalog refuses a cycle).
type Family struct {
	// The family's ID, a lower-case slug unique among families.
	ID FamilyID `json:"id" validate:"required,slug"`
	// The family's name.
	Title string `json:"title" validate:"required,max=200"`
	// What the family covers, in the source's words where there is one.
	Description string `json:"description,omitempty" validate:"max=8000"`
	// The ID of the family this one is a sub-family of; omitted for a
	// top-level family.
	Parent FamilyID `json:"parent,omitempty"`
	// IDs of the catalog sources it comes from; optional for a catalog's own
	// (first-party) data.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

// Clone returns a deep copy of f.
func (f Family) Clone() Family { f.Sources = slices.Clone(f.Sources); return f }

// Ladder is a career ladder: the ordered rungs of one family's jobs, entry
// rung first. Roles place themselves on a ladder with their Ladder and Rank
// fields; roles of different tracks (individual contributor, management)
// may share a rung. A catalog derives advancement moves between
// consecutive rungs (see the package rolemodel documentation).
type Ladder struct {
	// The ladder's ID, a lower-case slug unique among ladders.
	ID LadderID `json:"id" validate:"required,slug"`
	// The ladder's name.
	Title string `json:"title" validate:"required,max=200"`
	// The job family the ladder belongs to; omitted when the catalog keeps
	// no families. Roles on the ladder must be in this family (or name
	// none).
	Family FamilyID `json:"family,omitempty"`
	// What the ladder covers.
	Description string `json:"description,omitempty" validate:"max=8000"`
	// IDs of the catalog sources it comes from; optional for first-party
	// data.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

// Clone returns a deep copy of l.
func (l Ladder) Clone() Ladder { l.Sources = slices.Clone(l.Sources); return l }

// Grade is a pay grade: a ranked step of an organisation's pay structure,
// with the pay band that applies in each region. Grades are ranked across
// the whole catalog (rank 1 is the lowest), independently of ladders: roles
// on different ladders may share a grade.
type Grade struct {
	// The grade's ID, a lower-case slug unique among grades.
	ID GradeID `json:"id" validate:"required,slug"`
	// The grade's name ("L5", "Grade 7").
	Title string `json:"title" validate:"required,max=200"`
	// The grade's place in the pay structure, 1 for the lowest; no two
	// grades share a rank.
	Rank int `json:"rank" validate:"min=1,max=10000"`
	// What the grade covers.
	Description string `json:"description,omitempty" validate:"max=8000"`
	// The pay bands of the grade, at most one per region.
	Pay []PayBand `json:"pay,omitempty" validate:"dive"`
	// IDs of the catalog sources it comes from; optional for first-party
	// data.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

// Clone returns a deep copy of g.
func (g Grade) Clone() Grade {
	g.Pay = cloneEach(g.Pay, PayBand.clone)
	g.Sources = slices.Clone(g.Sources)
	return g
}

// Band returns the grade's pay band for region (matched exactly; "" is the
// band that names no region), and whether it has one.
func (g Grade) Band(region string) (PayBand, bool) {
	for _, b := range g.Pay {
		if b.Region == region {
			return b.clone(), true
		}
	}
	return PayBand{}, false
}

// PayBand is the pay range of a grade in one region: a minimum, a midpoint
// and a maximum, in major units of Currency per Period, with
// 0 < Min <= Mid <= Max, each with no more decimal places than the
// currency's minor unit (ISO 4217: two for GBP, none for JPY). Its Band method gives the salary.Band that
// compa-ratio and range penetration are computed on.
type PayBand struct {
	// Where the band applies ("London", "US"); omitted for a band that
	// applies everywhere.
	Region string `json:"region,omitempty" validate:"max=200"`
	// The currency of the figures.
	Currency salary.Currency `json:"currency" validate:"required"`
	// The span of time the figures are for.
	Period salary.Period `json:"period" validate:"required"`
	// The band's minimum.
	Min salary.Amount `json:"min" validate:"required"`
	// The band's midpoint, the market reference of the grade.
	Mid salary.Amount `json:"mid" validate:"required"`
	// The band's maximum.
	Max salary.Amount `json:"max" validate:"required"`
	// IDs of the catalog sources it comes from; optional for first-party
	// data.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

func (b PayBand) clone() PayBand { b.Sources = slices.Clone(b.Sources); return b }

// Band returns the band as a salary.Band. It fails with the error of
// salary.NewBand where the figures break its rule (0 < min <= mid <= max),
// which a validated catalog's bands never do.
func (b PayBand) Band() (salary.Band, error) {
	lo, err := b.Min.In(b.Currency)
	if err != nil {
		return salary.Band{}, err
	}
	mid, err := b.Mid.In(b.Currency)
	if err != nil {
		return salary.Band{}, err
	}
	hi, err := b.Max.In(b.Currency)
	if err != nil {
		return salary.Band{}, err
	}
	return salary.NewBand(lo, mid, hi)
}
