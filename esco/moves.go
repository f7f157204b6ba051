package esco

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

// Nesta's defaults for transitions a person can act on, from Mapping
// Career Causeways (Kanders et al., Nesta, 2020: the report, and
// codebase/configs/default_transition_params.yaml of
// github.com/nestauk/mapping-career-causeways, keys MIN_VIABLE,
// HIGHLY_VIABLE, MIN_EARNINGS_RATIO and MAX_JOB_ZONE_DIF).
const (
	// ViableSimilarity is the similarity from which a move is viable.
	ViableSimilarity = 0.30
	// HighlyViableSimilarity is the similarity from which a viable move is
	// highly viable.
	HighlyViableSimilarity = 0.40
	// MinEarningsRatio is the least share of the pay of the occupation
	// left that the occupation entered must pay for a move to be
	// desirable.
	MinEarningsRatio = 0.75
	// MaxJobZoneDifference is the most O*NET job zones the two occupations
	// of a viable move may differ by, up or down.
	MaxJobZoneDifference = 1
)

// MoveOption changes how Assess, Viable and Desirable judge the moves of
// a catalog. Options apply in order; a later one of the same kind wins.
type MoveOption func(*moveConfig)

type moveConfig struct {
	viable, highly float64
	earnings       float64
	zones          int
	known          bool
	pay            func(role.Role) (salary.Money, bool)
	zone           func(role.Role) (int, bool)
	err            error
}

// MinSimilarity sets the similarity from which a move is viable; the
// default is ViableSimilarity (0.30). x must be a number from 0 to 1.
func MinSimilarity(x float64) MoveOption {
	return func(c *moveConfig) {
		if !(x >= 0 && x <= 1) {
			c.err = fmt.Errorf("esco: MinSimilarity(%v): expected a number from 0 to 1", x)
			return
		}
		c.viable = x
	}
}

// HighlyViableFrom sets the similarity from which a viable move is highly
// viable; the default is HighlyViableSimilarity (0.40). x must be a number
// from 0 to 1.
func HighlyViableFrom(x float64) MoveOption {
	return func(c *moveConfig) {
		if !(x >= 0 && x <= 1) {
			c.err = fmt.Errorf("esco: HighlyViableFrom(%v): expected a number from 0 to 1", x)
			return
		}
		c.highly = x
	}
}

// MinEarnings sets the least ratio of the pay of the occupation entered to
// that of the occupation left for a move to be desirable; the default is
// MinEarningsRatio (0.75). ratio must be 0 or more (0 accepts any known
// pay; a move whose pay is not known is never desirable).
func MinEarnings(ratio float64) MoveOption {
	return func(c *moveConfig) {
		if !(ratio >= 0) || math.IsInf(ratio, 1) {
			c.err = fmt.Errorf("esco: MinEarnings(%v): expected a finite number of 0 or more", ratio)
			return
		}
		c.earnings = ratio
	}
}

// MaxJobZoneChange sets the most job zones the two occupations of a
// viable move may differ by, up or down; the default is
// MaxJobZoneDifference (1). n must be 0 or more (4 accepts any change).
func MaxJobZoneChange(n int) MoveOption {
	return func(c *moveConfig) {
		if n < 0 {
			c.err = fmt.Errorf("esco: MaxJobZoneChange(%d): expected 0 or more", n)
			return
		}
		c.zones = n
	}
}

// RequireKnown makes a move whose job zones are not both known not
// viable. By default the job zone check, when its figures are missing, is
// not made (Assessment.ZoneCheck is Unknown) and the move is viable on
// similarity alone, so that a catalog without O*NET's job zones still has
// viable moves. The earnings check is never passed without figures: a move
// whose pay is not known for both occupations in one currency is not
// desirable, and its Desirability is Unknown, with or without this option.
func RequireKnown() MoveOption {
	return func(c *moveConfig) { c.known = true }
}

// PayBy sets how an occupation's pay is found, for the earnings ratio: f
// returns the pay for a year and true, or false when it is not known. The
// ratio is taken only between figures of one currency. The default,
// AnnualMedian, reads the role's salaries (such as those bls.Attach gives
// an occupation of a catalog Join linked to O*NET). A nil f means the
// default.
func PayBy(f func(role.Role) (salary.Money, bool)) MoveOption {
	return func(c *moveConfig) { c.pay = f }
}

// JobZoneBy sets how an occupation's O*NET job zone (1-5) is found: f
// returns it and true, or false when it is not known. The default,
// JobZone, reads the role's experience. A nil f means the default.
func JobZoneBy(f func(role.Role) (int, bool)) MoveOption {
	return func(c *moveConfig) { c.zone = f }
}

// AnnualMedian returns the first median (or 50th percentile) pay figure of
// r's salaries that is annual, or else the first that is hourly, daily,
// weekly or monthly made annual by salary.DefaultConvention (2,080 hours a
// year): the pay PayBy uses by default. A top-coded figure ("$239,200+")
// counts as its stated value.
func AnnualMedian(r role.Role) (salary.Money, bool) {
	var best salary.Money
	found := false
	for _, s := range r.Salaries {
		if s.Statistic != salary.Median && s.Statistic != salary.P50 || s.Value.IsZero() {
			continue
		}
		m, err := s.Value.In(s.Currency)
		if err != nil {
			continue
		}
		if s.Period == salary.Annual {
			return m, true
		}
		if found || s.Period == salary.Unspecified {
			continue
		}
		if a, err := salary.DefaultConvention().Convert(m, s.Period, salary.Annual); err == nil {
			best, found = a, true
		}
	}
	return best, found
}

// JobZone returns the first O*NET job zone among r's experience
// statements (role.Experience.JobZone, which package onet sets and Join
// copies to the ESCO occupations it links): the job zone JobZoneBy uses by
// default.
func JobZone(r role.Role) (int, bool) {
	for _, e := range r.Experience {
		if e.JobZone > 0 {
			return e.JobZone, true
		}
	}
	return 0, false
}

func newMoveConfig(opts []MoveOption) (moveConfig, error) {
	c := moveConfig{viable: ViableSimilarity, highly: HighlyViableSimilarity, earnings: MinEarningsRatio, zones: MaxJobZoneDifference}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.pay == nil {
		c.pay = AnnualMedian
	}
	if c.zone == nil {
		c.zone = JobZone
	}
	return c, c.err
}

// Outcome is what Assess found of one check of a move (Assessment's
// ZoneCheck and PayCheck) or of the whole judgement (Desirability). The
// zero Outcome is Unknown.
type Outcome uint8

// The outcomes of a check.
const (
	// Unknown: a figure the check needs is missing, so it was not made.
	Unknown Outcome = iota
	// Yes: the check was made and passed.
	Yes
	// No: the check was made and failed.
	No
)

// String returns "not known", "yes" or "no".
func (o Outcome) String() string {
	switch o {
	case Yes:
		return "yes"
	case No:
		return "no"
	}
	return "not known"
}

func outcome(pass bool) Outcome {
	if pass {
		return Yes
	}
	return No
}

// Assessment is one ESCO transition judged as Nesta's Mapping Career
// Causeways judges a career move: viable when the two occupations' skills
// are similar enough and their preparation (O*NET job zone) close enough,
// highly viable when the skills are more similar still, and desirable
// when it is viable and does not cut pay by too much.
type Assessment struct {
	// From is the occupation left.
	From role.ID
	// Move is the transition as the catalog holds it: To, Kind, and Index,
	// the similarity of the two occupations' skills (see Similarity).
	Move role.Move
	// Similarity is Move.Index.
	Similarity float64
	// FromZone and ToZone are the occupations' job zones, 0 when not known.
	FromZone, ToZone int
	// FromPay and ToPay are the occupations' annual pay, zero when not
	// known.
	FromPay, ToPay salary.Money
	// EarningsRatio is ToPay / FromPay, or 0 when the two are not both
	// known in one currency.
	EarningsRatio float64
	// ZoneCheck is the job zone check: Yes when both zones are known and
	// differ by no more than the most allowed, No when they differ by
	// more, Unknown when either is not known.
	ZoneCheck Outcome
	// PayCheck is the earnings check: Yes when EarningsRatio is known and
	// at least the least allowed, No when it is less, Unknown when it is
	// not known.
	PayCheck Outcome
	// Viable: Similarity is at least the viable similarity, and ZoneCheck
	// is not No (with RequireKnown: is Yes).
	Viable bool
	// HighlyViable: viable, and Similarity is at least the highly viable
	// similarity.
	HighlyViable bool
	// Desirable: viable, and PayCheck is Yes. A move whose pay is not
	// known is never desirable; Desirability tells it from one that cuts
	// pay.
	Desirable bool
}

// Desirability says whether the move is desirable, distinguishing a move
// that is not from one whose pay is not known: Yes when Desirable; No when
// the move is not viable or PayCheck is No; Unknown when it is viable and
// PayCheck is Unknown (no figures, so no claim either way).
func (a Assessment) Desirability() Outcome {
	switch {
	case a.Desirable:
		return Yes
	case !a.Viable || a.PayCheck == No:
		return No
	}
	return Unknown
}

// ZonesKnown reports whether both job zones are known, so that the job
// zone check was made.
func (a Assessment) ZonesKnown() bool { return a.FromZone > 0 && a.ToZone > 0 }

// PayKnown reports whether both occupations' pay is known in one currency,
// so that the earnings check was made.
func (a Assessment) PayKnown() bool { return a.EarningsRatio > 0 }

// Assess judges the ESCO transitions out of the role from (the moves of
// role.Transitions that cite SourceID, which Load makes from skill
// similarity), most similar first and ties by ID, as Nesta's Mapping
// Career Causeways does:
//
//	viable         similarity >= ViableSimilarity (0.30), and |zone(to) - zone(from)| <= MaxJobZoneDifference (1)
//	highly viable  viable, and similarity >= HighlyViableSimilarity (0.40)
//	desirable      viable, and pay(to) / pay(from) >= MinEarningsRatio (0.75)
//
// where zone is the O*NET job zone and pay the annual pay, found through
// JobZoneBy and PayBy; options change every threshold. Nesta's code
// compares similarity and earnings strictly (> 0.3, > 0.75); these rules
// include the threshold, as Threshold always has. Each check whose figures
// are missing is reported as Unknown (ZoneCheck, PayCheck): a move whose
// job zones are not known is viable on similarity alone unless
// RequireKnown is given, and a move whose pay is not known is not
// desirable, its Desirability Unknown (Nesta had earnings for every
// occupation; a move is not called desirable on no evidence). Nesta's own
// similarity also weighs work activities and context; the similarity here
// is that of the skills alone (see Similarity).
//
// Only the moves the catalog holds are judged: Load keeps at most
// MaxTransitions per occupation at or above Threshold, so load with
// Threshold(ViableSimilarity) and a large MaxTransitions to judge every
// viable move. Assess returns a *career.RoleError (rolemodel.ErrUnknownRole)
// for an unknown role and an error naming the option for a bad option.
func Assess(c *rolemodel.Catalog, from role.ID, opts ...MoveOption) ([]Assessment, error) {
	cfg, err := newMoveConfig(opts)
	if err != nil {
		return nil, err
	}
	r, ok := c.Role(from)
	if !ok {
		return nil, &career.RoleError{ID: from}
	}
	var out []Assessment
	for _, m := range r.Transitions {
		if !slices.Contains(m.Sources, SourceID) {
			continue
		}
		to, ok := c.Role(m.To)
		if !ok {
			continue
		}
		out = append(out, cfg.assess(r, to, m))
	}
	slices.SortStableFunc(out, func(a, b Assessment) int {
		return cmp.Or(cmp.Compare(b.Similarity, a.Similarity), cmp.Compare(a.Move.To, b.Move.To))
	})
	return out, nil
}

func (cfg *moveConfig) assess(from, to role.Role, m role.Move) Assessment {
	a := Assessment{From: from.ID, Move: m, Similarity: m.Index}
	a.FromZone, _ = cfg.zone(from)
	a.ToZone, _ = cfg.zone(to)
	fp, fok := cfg.pay(from)
	tp, tok := cfg.pay(to)
	if fok {
		a.FromPay = fp
	}
	if tok {
		a.ToPay = tp
	}
	if fok && tok && fp.Currency() == tp.Currency() && fp.MinorUnits() > 0 && tp.MinorUnits() > 0 {
		a.EarningsRatio = float64(tp.MinorUnits()) / float64(fp.MinorUnits())
	}
	if a.ZonesKnown() {
		d := a.ToZone - a.FromZone
		a.ZoneCheck = outcome(max(d, -d) <= cfg.zones)
	}
	if a.PayKnown() {
		a.PayCheck = outcome(a.EarningsRatio >= cfg.earnings)
	}
	zoneOK := a.ZoneCheck == Yes || a.ZoneCheck == Unknown && !cfg.known
	a.Viable = a.Similarity >= cfg.viable && zoneOK
	a.HighlyViable = a.Viable && a.Similarity >= cfg.highly
	a.Desirable = a.Viable && a.PayCheck == Yes
	return a
}

// Viable returns c with only the ESCO transitions that Assess finds
// viable (the other moves are kept as they are), so that paths and plans
// over the result take viable moves only. Options are those of Assess.
func Viable(c *rolemodel.Catalog, opts ...MoveOption) (*rolemodel.Catalog, error) {
	return keep(c, opts, func(a Assessment) bool { return a.Viable })
}

// Desirable returns c with only the ESCO transitions that Assess finds
// desirable (and so viable, with the pay of both occupations known); the
// other moves are kept as they are.
// Options are those of Assess.
func Desirable(c *rolemodel.Catalog, opts ...MoveOption) (*rolemodel.Catalog, error) {
	return keep(c, opts, func(a Assessment) bool { return a.Desirable })
}

func keep(c *rolemodel.Catalog, opts []MoveOption, ok func(Assessment) bool) (*rolemodel.Catalog, error) {
	cfg, err := newMoveConfig(opts)
	if err != nil {
		return nil, err
	}
	parts := c.Parts()
	byID := make(map[role.ID]int, len(parts.Roles))
	for i, r := range parts.Roles {
		byID[r.ID] = i
	}
	for i := range parts.Roles {
		r := &parts.Roles[i]
		r.Transitions = slices.DeleteFunc(r.Transitions, func(m role.Move) bool {
			if !slices.Contains(m.Sources, SourceID) {
				return false
			}
			j, found := byID[m.To]
			return found && !ok(cfg.assess(*r, parts.Roles[j], m))
		})
	}
	return rolemodel.Build(parts, rolemodel.SharedNames())
}
