// Command escopaths answers, for an ESCO occupation, the questions Nesta's
// Mapping Career Causeways asks: which occupations are the most viable
// moves from it, and how to get from it to a target occupation, with the
// skills to learn on each step, essential ones first.
//
//	go run ./examples/escopaths
//	go run ./examples/escopaths -from "KP" -to "head chef"
//	go run ./examples/escopaths -data ../shared/data -from "nurse assistant" -to "specialist nurse"
//
// It loads ESCO v1.1.1 (package esco: occupations, skills, their real
// relations, and transitions between occupations with similar skills),
// links the occupations to O*NET through Nesta's crosswalk (their broader
// occupation's link for those the crosswalk does not list), joins O*NET
// 29.3 (job zones and skill ratings) and attaches the wages and outlook of
// the U.S. Bureau of Labor Statistics (package bls). A move is viable when
// the two occupations' skills are similar enough (0.30) and their job zones
// at most one apart, and desirable when it also keeps at least 75% of the
// pay, as Nesta define them; paths take desirable moves, or viable ones
// where no desirable path exists. Where a job zone is not known the move
// is viable on skills alone, and where a pay is not known its desirability
// is "not known", never "desirable" (esco.Assess).
//
// The skills to learn compare like with like: a step lists a skill that
// a source rates for the occupation entered only when that source rates
// the occupation left too. An occupation that the crosswalk does not link
// to O*NET 29.3 has no O*NET ratings, and a person in it is not taken to
// lack every skill O*NET rates for the next one: the step says how many
// such skills it leaves out, and why.
//
// By default it reads the full files in ../shared/data when they are
// there, and otherwise the fixture the repository commits: twelve kitchen
// occupations cut from ESCO v1.1.1 with their real relations
// (esco/testdata), and the rows of their O*NET and BLS codes (testdata
// beside this file). Occupations are given by any of their labels, in any
// case; an unknown or ambiguous label is an error with exit status 2.
//
// ESCO classification, European Commission. This program includes
// information from the O*NET Database by the U.S. Department of Labor,
// Employment and Training Administration (USDOL/ETA), used under the CC BY
// 4.0 license; modified. The crosswalk is Nesta's (MIT licence). BLS data
// are in the public domain; credit: U.S. Bureau of Labor Statistics.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// files says where each input is.
type files struct {
	esco, crosswalk, onet, wages, projections string
	real                                      bool // the full files, not the fixture
}

type options struct {
	from, to string
	n        int
}

// fixture returns the committed fixture's files, from the directory of
// this program.
func fixture(here string) files {
	return files{
		esco:        filepath.Join(here, "..", "..", "esco", "testdata", "v1.1.1"),
		crosswalk:   filepath.Join(here, "..", "..", "esco", "testdata", "nesta", esco.NestaCrosswalkFile),
		onet:        filepath.Join(here, "testdata", "onet-29.3"),
		wages:       filepath.Join(here, "testdata", "bls", "national_M2024_dl.csv"),
		projections: filepath.Join(here, "testdata", "bls", "occupation_table_1.2.csv"),
	}
}

// shared returns the full files of a shared data folder (../shared/data).
func shared(dir string) files {
	return files{
		esco:        filepath.Join(dir, "esco-1.1.1"),
		crosswalk:   filepath.Join(dir, "nesta-mcc", esco.NestaCrosswalkFile),
		onet:        filepath.Join(dir, "onet-29.3"),
		wages:       filepath.Join(dir, "bls", "oews-national-2024", "national_M2024_dl.csv"),
		projections: filepath.Join(dir, "bls", "projections-2024-34", "occupation_table_1.2.csv"),
		real:        true,
	}
}

func main() {
	here := "."
	if _, err := os.Stat("main.go"); err != nil {
		here = filepath.Join("examples", "escopaths")
	}
	data := filepath.Join(here, "..", "..", "..", "shared", "data")
	var o options
	flag.StringVar(&data, "data", data, "the shared data folder (esco-1.1.1, nesta-mcc, onet-29.3, bls); the committed fixture when it has no esco-1.1.1")
	flag.StringVar(&o.from, "from", "KP", "the occupation to start from (any of its ESCO labels)")
	flag.StringVar(&o.to, "to", "head chef", "the occupation to reach")
	flag.IntVar(&o.n, "n", 5, "how many of the most viable moves to list")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "escopaths lists the most viable moves from an ESCO occupation and the path to another, with the skills to learn.\n\nUsage: go run ./examples/escopaths [flags]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	f := fixture(here)
	if _, err := os.Stat(filepath.Join(data, "esco-1.1.1", esco.OccupationsFile)); err == nil {
		f = shared(data)
	}
	c, err := load(f)
	if err == nil {
		err = run(os.Stdout, c, o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "escopaths:", err)
		os.Exit(2)
	}
}

// load reads ESCO, links it to O*NET through the crosswalk and attaches
// BLS's figures.
func load(f files) (*rolemodel.Catalog, error) {
	c, err := esco.LoadDir(f.esco)
	if err != nil {
		return nil, err
	}
	h, err := esco.ReadHierarchy(os.DirFS(f.esco))
	if err != nil {
		return nil, err
	}
	x, err := esco.LoadCrosswalk(f.crosswalk)
	if err != nil {
		return nil, err
	}
	o, err := onet.LoadDir(f.onet)
	if err != nil {
		return nil, err
	}
	// O*NET codes the crosswalk names but the release lacks (Nesta used
	// O*NET-SOC 2010, the release O*NET-SOC 2019) leave those occupations
	// their code only: a warning, not an error.
	c, err = esco.Join(c, o, x.Inherit(h))
	if err != nil {
		return nil, err
	}
	w, err := bls.LoadWages(f.wages)
	if err != nil {
		return nil, err
	}
	p, err := bls.LoadProjections(f.projections)
	if err != nil {
		return nil, err
	}
	return bls.Attach(c, w, p)
}

func run(w io.Writer, c *rolemodel.Catalog, o options) error {
	if o.n < 1 {
		return fmt.Errorf("-n %d: expected 1 or more", o.n)
	}
	from, err := findESCO(c, o.from)
	if err != nil {
		return err
	}
	to, err := findESCO(c, o.to)
	if err != nil {
		return err
	}
	summary(w, c)

	fmt.Fprintf(w, "\n%s\n", describe(from))
	as, err := esco.Assess(c, from.ID)
	if err != nil {
		return err
	}
	viable := slices.DeleteFunc(as, func(a esco.Assessment) bool { return !a.Viable })
	fmt.Fprintf(w, "\nThe most viable moves (skills similarity from %.2f, highly viable from %.2f, job zones at most %d apart where known;\ndesirable: at least %.0f%% of the pay, \"not known\" where either pay is not known):\n",
		esco.ViableSimilarity, esco.HighlyViableSimilarity, esco.MaxJobZoneDifference, 100*esco.MinEarningsRatio)
	if len(viable) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, a := range viable[:min(o.n, len(viable))] {
		r, _ := c.Role(a.Move.To)
		fmt.Fprintf(w, "  %.3f  %-28s %s\n", a.Similarity, r.Title, verdict(a))
	}

	// A path over desirable moves, or else over viable ones.
	kind := "desirable"
	d, err := only(c, esco.Desirable)
	if err != nil {
		return err
	}
	p, err := d.Graph().ShortestPath(from.ID, to.ID)
	if errors.Is(err, career.ErrNoPath) {
		kind = "viable"
		if d, err = only(c, esco.Viable); err != nil {
			return err
		}
		p, err = d.Graph().ShortestPath(from.ID, to.ID)
	}
	if err != nil {
		return fmt.Errorf("%s to %s: %w", from.Title, to.Title, err)
	}
	plan, err := d.Plan(holds(from), from.ID, to.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nFewest %s moves from %s to %s: %d\n", kind, from.Title, to.Title, p.Moves())
	for i, st := range plan.Steps {
		a, r, f := step(c, st.Move), mustRole(c, st.Move.To), mustRole(c, st.Move.From)
		fmt.Fprintf(w, "  %d. %s → %s  (%s, similarity %.3f; %s)\n", i+1, f.Title, r.Title, st.Move.Kind, a.Similarity, verdict(a))
		learn(w, c, f, r, st.Learn)
	}
	fmt.Fprintf(w, "\n%s %s\n", esco.Attribution, onet.Attribution)
	return nil
}

// findESCO finds an ESCO occupation by any of its names.
func findESCO(c *rolemodel.Catalog, name string) (role.Role, error) {
	r, err := c.Find(name)
	if err != nil {
		return r, err
	}
	if r.Codes.ESCO == "" {
		return r, fmt.Errorf("%q names %s, which is not an ESCO occupation", name, r.Title)
	}
	return r, nil
}

// only returns c with only the ESCO moves that keep (esco.Viable or
// esco.Desirable) keeps: no move of O*NET's, whose roles a joined catalog
// also holds.
func only(c *rolemodel.Catalog, keep func(*rolemodel.Catalog, ...esco.MoveOption) (*rolemodel.Catalog, error)) (*rolemodel.Catalog, error) {
	c, err := keep(c)
	if err != nil {
		return nil, err
	}
	parts := c.Parts()
	for i := range parts.Roles {
		parts.Roles[i].Transitions = slices.DeleteFunc(parts.Roles[i].Transitions, func(m role.Move) bool { return !slices.Contains(m.Sources, esco.SourceID) })
	}
	return rolemodel.Build(parts, rolemodel.SharedNames())
}

// summary says what the catalog holds.
func summary(w io.Writer, c *rolemodel.Catalog) {
	occ, moves, linked, facts, paid := 0, 0, 0, 0, 0
	for r := range c.Roles() {
		if r.Codes.ESCO == "" {
			continue
		}
		occ++
		for _, m := range r.Transitions {
			if slices.Contains(m.Sources, esco.SourceID) {
				moves++
			}
		}
		if r.Codes.ONetSOC != "" {
			linked++
		}
		if _, ok := esco.JobZone(r); ok {
			facts++
		}
		if _, ok := esco.AnnualMedian(r); ok {
			paid++
		}
	}
	var titles []string
	for s := range c.Sources() {
		titles = append(titles, s.Title)
	}
	fmt.Fprintf(w, "Sources: %s.\n", strings.Join(titles, "; "))
	fmt.Fprintf(w, "%d ESCO occupations, %d moves between occupations with similar skills; %d linked to O*NET, %d with O*NET's job zone and skills, %d with BLS wages.\n",
		occ, moves, linked, facts, paid)
}

// describe says what is known of an occupation.
func describe(r role.Role) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: ESCO %s", r.Title, r.Codes.ESCOCode)
	if r.Codes.ONetSOC != "" {
		fmt.Fprintf(&b, ", O*NET-SOC %s", r.Codes.ONetSOC)
	}
	if z, ok := esco.JobZone(r); ok {
		fmt.Fprintf(&b, ", job zone %d", z)
	}
	if m, ok := esco.AnnualMedian(r); ok {
		fmt.Fprintf(&b, ", median pay %s a year (%s)", m.Short(), salaryRegion(r))
	}
	fmt.Fprintf(&b, "; %d skills (%d essential)", len(r.Skills), essentials(r.Skills))
	return b.String()
}

func salaryRegion(r role.Role) string {
	for _, s := range r.Salaries {
		if s.Statistic == salary.Median {
			return cmp.Or(s.Region, "region not stated")
		}
	}
	return ""
}

func essentials(reqs []skill.Requirement) int {
	n := 0
	for _, q := range reqs {
		if q.Essential {
			n++
		}
	}
	return n
}

// verdict writes what Assess found of a move.
func verdict(a esco.Assessment) string {
	var parts []string
	switch {
	case a.HighlyViable:
		parts = append(parts, "highly viable")
	case a.Viable:
		parts = append(parts, "viable")
	default:
		parts = append(parts, "not viable")
	}
	switch a.Desirability() {
	case esco.Yes:
		parts = append(parts, "desirable")
	case esco.Unknown:
		parts = append(parts, "desirability not known")
	}
	if a.ZonesKnown() {
		parts = append(parts, fmt.Sprintf("job zone %d → %d", a.FromZone, a.ToZone))
	} else {
		parts = append(parts, "job zones not known")
	}
	if a.PayKnown() {
		parts = append(parts, fmt.Sprintf("pay %s → %s (×%.2f)", a.FromPay.Short(), a.ToPay.Short(), a.EarningsRatio))
	} else {
		parts = append(parts, "pay not known")
	}
	return strings.Join(parts, ", ")
}

// step assesses a move of a plan.
func step(c *rolemodel.Catalog, t career.Transition) esco.Assessment {
	as, _ := esco.Assess(c, t.From)
	for _, a := range as {
		if a.Move.To == t.To {
			return a
		}
	}
	return esco.Assessment{From: t.From, Move: role.Move{To: t.To}}
}

func mustRole(c *rolemodel.Catalog, id role.ID) role.Role {
	r, _ := c.Role(id)
	return r
}

// holds is the profile of a person in the occupation r: every skill it
// asks for, at the level it asks (awareness where it states none), as
// Plan assumes a person holds what each step taught.
func holds(r role.Role) skill.Profile {
	var p skill.Profile
	for _, q := range r.Skills {
		p.Skills = append(p.Skills, skill.Held{Skill: q.Skill, Level: max(q.Level, skill.Awareness)})
	}
	return p
}

// learn lists what a step from the occupation from to the occupation to
// asks the person to learn, essential first; in each, ESCO's skills (which
// state no level) by name, then the skills O*NET rates, by name, with the
// level asked and the level held. A skill whose requirement cites only
// sources that rate none of from's skills is left out and counted: the
// person's lack of it is not known.
func learn(w io.Writer, c *rolemodel.Catalog, from, to role.Role, ss []skill.Shortfall) {
	name := func(id skill.ID) string {
		if k, ok := c.Skill(id); ok {
			return k.Name
		}
		return string(id)
	}
	rated := map[string]bool{} // the sources that rate from's skills
	for _, q := range from.Skills {
		for _, id := range q.Sources {
			rated[id] = true
		}
	}
	sourcesOf := map[skill.ID][]string{}
	for _, q := range to.Skills {
		sourcesOf[q.Skill] = q.Sources
	}
	unrated := map[string]int{} // source ID -> skills left out
	ss = slices.DeleteFunc(slices.Clone(ss), func(s skill.Shortfall) bool {
		srcs := sourcesOf[s.Skill]
		if len(srcs) == 0 || slices.ContainsFunc(srcs, func(id string) bool { return rated[id] }) {
			return false
		}
		unrated[srcs[0]]++
		return true
	})
	slices.SortStableFunc(ss, func(a, b skill.Shortfall) int {
		switch {
		case a.Essential != b.Essential && a.Essential:
			return -1
		case a.Essential != b.Essential:
			return 1
		}
		rated := func(s skill.Shortfall) int {
			if s.Required != skill.Unstated {
				return 1
			}
			return 0
		}
		return cmp.Or(cmp.Compare(rated(a), rated(b)), strings.Compare(name(a.Skill), name(b.Skill)))
	})
	var ess, opt []string
	for _, s := range ss {
		name := name(s.Skill)
		if s.Required != skill.Unstated {
			name += " (" + s.Required.String()
			if s.Held != skill.Unstated {
				name += ", from " + s.Held.String()
			}
			name += ")"
		}
		if s.Essential {
			ess = append(ess, name)
		} else {
			opt = append(opt, name)
		}
	}
	list := func(what string, names []string) {
		if len(names) == 0 {
			return
		}
		fmt.Fprintf(w, "     %s (%d): %s\n", what, len(names), wrap(strings.Join(names, "; "), 8, 100))
	}
	if len(ss) == 0 && len(unrated) == 0 {
		fmt.Fprintln(w, "     nothing new to learn")
	}
	list("learn, essential", ess)
	list("learn, optional", opt)
	ids := slices.Sorted(maps.Keys(unrated))
	for _, id := range ids {
		title := id
		if s, ok := c.Source(id); ok {
			title = s.Title
		}
		fmt.Fprintf(w, "     %s\n", wrap(fmt.Sprintf("not compared (%d): skills %s rates for %s but rates none for %s, so what the person lacks of them is not known", unrated[id], title, to.Title, from.Title), 8, 100))
	}
}

// wrap breaks text at spaces into lines of at most width bytes, the lines
// after the first indented by indent spaces.
func wrap(text string, indent, width int) string {
	var b strings.Builder
	n := indent + 20
	for i, word := range strings.Fields(text) {
		if i > 0 {
			if n+1+len(word) > width {
				b.WriteString("\n" + strings.Repeat(" ", indent))
				n = indent
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}
