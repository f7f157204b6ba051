// Command ladder prints a career ladder as the table career frameworks
// publish (rungs by tracks), the promotion gap of a person to the next rung
// up from their role, and their compa-ratio and range penetration in a pay
// band.
//
// By default it reads the FT engineering progression (a copy of the
// Financial Times' engineering.yml, MIT, ships beside this file) and a
// sample Senior Engineer 1 (profile.yaml):
//
//	go run ./examples/ladder
//	go run ./examples/ladder -role "Principal Engineer (Individual Contributor)" -pay '£98,000'
//	go run ./examples/ladder -ddat "Software developer"
//	go run ./examples/ladder -catalog testdata/ladder.yaml
//	go run ./examples/ladder -catalog testdata/ladder.yaml -ladder software-engineering -role "Staff Engineer" -profile examples/ladder/profile.yaml
//
// -ddat names a ladder (a DDaT role) of the UK government's Digital and
// Data Profession Capability Framework, read from -ddat-dir (the committed
// fixture by default, which has three DDaT roles: Software developer, Data
// analyst and Chief technology officer; the whole framework with -ddat-dir
// pointing at the published roles.csv and skills.csv, such as
// ../shared/data/frameworks/uk-ddat). -catalog reads your own catalog.
//
// With -ddat or -catalog and no -role, the person's role is the middle one
// of the ladder's roles that have a rung above them, in ladder order (rung,
// then track: no track, individual contributor, management); and with no
// -profile, the sample person holds exactly what that role requires, at the
// required levels (Awareness where a requirement states no level), so the
// gap shown is what the next rung adds.
//
// The band is the role's grade band in -region where the catalog has one,
// else -band. Exit status 2 on bad flags or input.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/ddat"
	"github.com/rolemodel/rolemodel/progression"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

type options struct {
	ft      string // FT job-family file
	ddat    string // DDaT ladder, by its role name
	ddatDir string
	catalog string
	ladder  string // ladder ID, for -catalog
	role    string // the person's role, by title; "" picks one (see pickRole)
	profile string // "" for none
	// sample builds the person's profile from their role's requirements
	// (when profile is "").
	sample bool
	// ddatFixture says ddatDir is the committed fixture, and realDDaT is
	// the framework's whole download, when present: the error for a
	// ladder the fixture lacks points to it.
	ddatFixture bool
	realDDaT    string
	pay         string
	band        string
	region      string
}

func main() {
	var o options
	flag.StringVar(&o.ft, "ft", "ft-engineering.yml", "an FT engineering-progression job-family file")
	flag.StringVar(&o.ddat, "ddat", "", "a DDaT ladder, by its role name (\"Software developer\"), instead of the FT file")
	flag.StringVar(&o.ddatDir, "ddat-dir", filepath.Join("..", "..", "ddat", "testdata", "framework"), "the folder with the DDaT roles.csv and skills.csv")
	flag.StringVar(&o.catalog, "catalog", "", "your own catalog file or folder, instead of a framework (with -ladder)")
	flag.StringVar(&o.ladder, "ladder", "", "the ladder ID in -catalog (default: its first ladder)")
	flag.StringVar(&o.role, "role", "", "the person's role, by title (default: "+ftRole+" on the FT ladder; on another, the middle role with a rung above it)")
	flag.StringVar(&o.profile, "profile", "", "the person's skills, a YAML or JSON profile (\"\" for none; default: profile.yaml on the FT ladder, on another a person who meets the role's requirements)")
	flag.StringVar(&o.pay, "pay", "£80,750", "the person's annual pay")
	flag.StringVar(&o.band, "band", "£70,000 - £100,000, midpoint £85,000", "the pay band, where the role's grade has none in -region")
	flag.StringVar(&o.region, "region", "London", "the region of the role's grade band")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "ladder prints a career ladder, a person's gap to the next rung and their compa-ratio.\n\nUsage: go run ./examples/ladder [flags]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	set := map[string]bool{}
	flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
	o = withDefaults(o, set)
	// Paths of the defaults are relative to this folder, so that the
	// command runs from the repository root too.
	here := exampleDir()
	o.ft = relTo(here, o.ft, "ft-engineering.yml")
	o.ddatDir = relTo(here, o.ddatDir, filepath.Join("..", "..", "ddat", "testdata", "framework"))
	o.profile = relTo(here, o.profile, "profile.yaml")
	if real := filepath.Join(here, "..", "..", "..", "shared", "data", "frameworks", "uk-ddat"); !set["ddat-dir"] {
		o.ddatFixture = true
		if _, err := os.Stat(filepath.Join(real, ddat.RolesFile)); err == nil {
			o.realDDaT = real
		}
	}
	if err := run(os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "ladder:", err)
		os.Exit(2)
	}
}

// ftRole and ftProfile are the sample person on the FT ladder.
const (
	ftRole    = "Senior Engineer 1"
	ftProfile = "profile.yaml"
)

// withDefaults fills in the role and profile the flags in set leave out:
// the FT sample person on the FT ladder; on a DDaT ladder or one's own
// catalog, a role picked on it (pickRole) and a profile built from its
// requirements.
func withDefaults(o options, set map[string]bool) options {
	ft := o.ddat == "" && o.catalog == ""
	if !set["role"] && ft {
		o.role = ftRole
	}
	if !set["profile"] {
		if ft {
			o.profile = ftProfile
		} else {
			o.sample = true
		}
	}
	return o
}

// exampleDir is this example's folder when run from the repository root
// or from the folder itself.
func exampleDir() string {
	if _, err := os.Stat("ft-engineering.yml"); err == nil {
		return "."
	}
	return filepath.Join("examples", "ladder")
}

// relTo resolves a path the user left at its default against dir.
func relTo(dir, p, def string) string {
	if p == def && p != "" {
		return filepath.Join(dir, p)
	}
	return p
}

func run(w io.Writer, o options) error {
	c, ladder, err := load(o)
	if err != nil {
		return err
	}
	t, err := c.Table(ladder)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s\n\n%s", t.Ladder.Title, t)

	var me role.Role
	if o.role == "" {
		me = pickRole(c, ladder)
	} else if me, err = c.Find(o.role); err != nil {
		return err
	}
	if me.Ladder != ladder {
		return fmt.Errorf("-role %q is not on ladder %s", o.role, ladder)
	}
	var p skill.Profile
	switch {
	case o.profile == "" && o.sample:
		p = meets(me)
		fmt.Fprintf(w, "\n(a sample person who meets what %s requires)", me.Title)
	case o.profile != "":
		if p, err = rolemodel.LoadProfileFile(o.profile); err != nil {
			return err
		}
		fit := c.FitProfile(p)
		for _, h := range fit.UnknownSkills {
			fmt.Fprintf(w, "\n(skill %s of the profile is not in this framework; left out)", h.Skill)
		}
		p = fit.Profile
	}

	next, err := c.NextRung(me.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nFrom %s (rung %d):\n", me.Title, me.Rank)
	if len(next) == 0 {
		fmt.Fprintf(w, "  the top of its track: no rung above\n")
	}
	var ps []promotion
	width := 0
	for _, up := range next {
		pr, err := promote(c, p, up)
		if err != nil {
			return err
		}
		for _, r := range pr.rows {
			width = max(width, utf8.RuneCountInString(r.name))
		}
		ps = append(ps, pr)
	}
	for _, pr := range ps {
		fmt.Fprintln(w, pr.head)
		for _, r := range pr.rows {
			fmt.Fprintf(w, "      %-*s  expected %s, holds %s\n", width, r.name, r.want, r.held)
		}
	}
	return pay(w, c, me, o)
}

// pickRole returns the role a person is given on ladder l when -role is
// not: the middle one of the roles with a rung above them, in ladder order
// (Catalog.Rungs: by rung, then no track, individual contributor,
// management), so that there is a promotion to show; on a ladder of one
// rung, its first role.
func pickRole(c *rolemodel.Catalog, l role.LadderID) role.Role {
	rungs := c.Rungs(l)
	var below []role.Role
	for _, rung := range rungs {
		for _, r := range rung {
			if next, _ := c.NextRung(r.ID); len(next) > 0 {
				below = append(below, r)
			}
		}
	}
	if len(below) == 0 {
		return rungs[0][0] // Table found the ladder, so it has a rung
	}
	return below[(len(below)-1)/2]
}

// meets returns a profile that holds each skill role r requires at the
// required level, Awareness where the requirement states none.
func meets(r role.Role) skill.Profile {
	var p skill.Profile
	for _, q := range r.Skills {
		p.Skills = append(p.Skills, skill.Held{Skill: q.Skill, Level: cmp.Or(q.Level, skill.Awareness)})
	}
	return p
}

// promotion is the gap to one role a rung up: a heading line and one row
// per expectation not met.
type promotion struct {
	head string
	rows []struct{ name, want, held string }
}

// promote works out the gap from profile p to role up.
func promote(c *rolemodel.Catalog, p skill.Profile, up role.Role) (promotion, error) {
	track := cmp.Or(up.Track.String(), "no track stated")
	g, err := c.Gap(p, up.ID)
	if errors.Is(err, rolemodel.ErrNoRequirements) {
		return promotion{head: fmt.Sprintf("  → %s (rung %d, %s): no requirements recorded", up.Title, up.Rank, track)}, nil
	}
	if err != nil {
		return promotion{}, err
	}
	pr := promotion{head: fmt.Sprintf("  → %s (rung %d, %s): readiness %.0f%%, %d of %d expectations met", up.Title, up.Rank, track, 100*g.Readiness(), len(g.Met), g.Requirements())}
	reqs := map[skill.ID]skill.Requirement{}
	for _, r := range up.Skills {
		reqs[r.Skill] = r
	}
	for _, s := range append(g.Missing, g.Short...) {
		name := string(s.Skill)
		if sk, ok := c.Skill(s.Skill); ok {
			name = sk.Name
		}
		want := cmp.Or(s.Required.String(), "any level")
		if l := reqs[s.Skill].Label; l != "" {
			want = fmt.Sprintf("%s (%s)", l, want) // the framework's word, then ours
		}
		pr.rows = append(pr.rows, struct{ name, want, held string }{name, want, cmp.Or(s.Held.String(), "none")})
	}
	return pr, nil
}

// pay prints the person's compa-ratio and range penetration.
func pay(w io.Writer, c *rolemodel.Catalog, me role.Role, o options) error {
	if o.pay == "" {
		return nil
	}
	amount, err := salary.ParseMoney(o.pay)
	if err != nil {
		return fmt.Errorf("-pay: %w", err)
	}
	band, err := c.PayBand(me.ID, o.region)
	where := fmt.Sprintf("grade %s band in %s", me.Grade, o.region)
	if err != nil {
		if band, err = salary.ParseBand(o.band); err != nil {
			return fmt.Errorf("-band: %w", err)
		}
		where = "the sample band"
	}
	cr, err := band.CompaRatio(amount)
	if err != nil {
		return err
	}
	pen, err := band.Penetration(amount)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nPay %s against %s (%s): compa-ratio %.2f, range penetration %.0f%%\n", amount.Short(), where, band, cr, 100*pen)
	return nil
}

// load reads the catalog the flags name and returns it with the ladder to
// show.
func load(o options) (*rolemodel.Catalog, role.LadderID, error) {
	switch {
	case o.catalog != "":
		var c *rolemodel.Catalog
		var err error
		if fi, serr := os.Stat(o.catalog); serr == nil && fi.IsDir() {
			c, err = rolemodel.LoadFS(os.DirFS(o.catalog))
		} else {
			c, err = rolemodel.LoadFile(o.catalog)
		}
		if err != nil {
			return nil, "", err
		}
		if o.ladder != "" {
			return c, role.LadderID(o.ladder), nil
		}
		for l := range c.Ladders() {
			return c, l.ID, nil
		}
		return nil, "", fmt.Errorf("%s has no ladders", o.catalog)
	case o.ddat != "":
		c, err := ddat.LoadDir(o.ddatDir)
		if err != nil {
			return nil, "", err
		}
		id := ddat.LadderID(o.ddat)
		if _, ok := c.Ladder(id); !ok {
			var have []string
			for l := range c.Ladders() {
				have = append(have, l.Title)
			}
			msg := fmt.Sprintf("-ddat %q: no such DDaT role in %s, which has %d: %s", o.ddat, o.ddatDir, len(have), strings.Join(have, ", "))
			switch {
			case o.realDDaT != "":
				msg += fmt.Sprintf("; the whole framework is in %s: add -ddat-dir %s", o.realDDaT, o.realDDaT)
			case o.ddatFixture:
				msg += "; for the whole framework, point -ddat-dir at its download (roles.csv and skills.csv, https://ddat-capability-framework.service.gov.uk/download)"
			}
			return nil, "", errors.New(msg)
		}
		return c, id, nil
	default:
		f, err := os.Open(o.ft)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		c, err := progression.ReadFT(f, progression.File(filepath.Base(o.ft)))
		if err != nil {
			return nil, "", err
		}
		for l := range c.Ladders() {
			return c, l.ID, nil
		}
		return nil, "", fmt.Errorf("%s has no levels", o.ft)
	}
}
