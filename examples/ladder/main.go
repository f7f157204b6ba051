// Command ladder prints a career ladder as the table career frameworks
// publish (rungs by tracks), the promotion gap of a person to the next rung
// up from their role, and their compa-ratio and range penetration in a pay
// band.
//
// By default it reads the FT engineering progression (a copy of the
// Financial Times' engineering.yml, MIT, ships beside this file) and a
// sample Senior Engineer 1:
//
//	go run ./examples/ladder
//	go run ./examples/ladder -role "Principal Engineer (Individual Contributor)" -pay '£98,000'
//	go run ./examples/ladder -ddat "Software developer" -role "Senior developer"
//	go run ./examples/ladder -catalog testdata/ladder.yaml -ladder software-engineering -role "Senior Software Engineer" -profile profile.yaml
//
// -ddat names a ladder (a DDaT role) of the UK government's Digital and
// Data Profession Capability Framework, read from -ddat-dir (the committed
// fixture by default; the whole framework with -ddat-dir pointing at the
// published roles.csv and skills.csv). -catalog reads your own catalog.
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
	role    string // the person's role, by title
	profile string
	pay     string
	band    string
	region  string
}

func main() {
	var o options
	flag.StringVar(&o.ft, "ft", "ft-engineering.yml", "an FT engineering-progression job-family file")
	flag.StringVar(&o.ddat, "ddat", "", "a DDaT ladder, by its role name (\"Software developer\"), instead of the FT file")
	flag.StringVar(&o.ddatDir, "ddat-dir", filepath.Join("..", "..", "ddat", "testdata", "framework"), "the folder with the DDaT roles.csv and skills.csv")
	flag.StringVar(&o.catalog, "catalog", "", "your own catalog file or folder, instead of a framework (with -ladder)")
	flag.StringVar(&o.ladder, "ladder", "", "the ladder ID in -catalog (default: its first ladder)")
	flag.StringVar(&o.role, "role", "Senior Engineer 1", "the person's role, by title")
	flag.StringVar(&o.profile, "profile", "profile.yaml", "the person's skills, a YAML or JSON profile (\"\" for none)")
	flag.StringVar(&o.pay, "pay", "£80,750", "the person's annual pay")
	flag.StringVar(&o.band, "band", "£70,000 - £100,000, midpoint £85,000", "the pay band, where the role's grade has none in -region")
	flag.StringVar(&o.region, "region", "London", "the region of the role's grade band")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "ladder prints a career ladder, a person's gap to the next rung and their compa-ratio.\n\nUsage: go run ./examples/ladder [flags]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	// Paths of the defaults are relative to this folder, so that the
	// command runs from the repository root too.
	here := exampleDir()
	o.ft = relTo(here, o.ft, "ft-engineering.yml")
	o.ddatDir = relTo(here, o.ddatDir, filepath.Join("..", "..", "ddat", "testdata", "framework"))
	o.profile = relTo(here, o.profile, "profile.yaml")
	if err := run(os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "ladder:", err)
		os.Exit(2)
	}
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

	me, err := c.Find(o.role)
	if err != nil {
		return err
	}
	if me.Ladder != ladder {
		return fmt.Errorf("-role %q is not on ladder %s", o.role, ladder)
	}
	var p skill.Profile
	if o.profile != "" {
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
	for _, up := range next {
		if err := promotion(w, c, p, me, up); err != nil {
			return err
		}
	}
	return pay(w, c, me, o)
}

// promotion prints the gap from role me to the role one rung up.
func promotion(w io.Writer, c *rolemodel.Catalog, p skill.Profile, me, up role.Role) error {
	track := cmp.Or(up.Track.String(), "no track stated")
	g, err := c.Gap(p, up.ID)
	if errors.Is(err, rolemodel.ErrNoRequirements) {
		fmt.Fprintf(w, "  → %s (rung %d, %s): no requirements recorded\n", up.Title, up.Rank, track)
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  → %s (rung %d, %s): readiness %.0f%%, %d of %d expectations met\n", up.Title, up.Rank, track, 100*g.Readiness(), len(g.Met), g.Requirements())
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
		fmt.Fprintf(w, "      %-36s expected %s, holds %s\n", name, want, cmp.Or(s.Held.String(), "none"))
	}
	return nil
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
			return nil, "", fmt.Errorf("-ddat %q: no such DDaT role in %s (it has: %s)", o.ddat, o.ddatDir, strings.Join(have, ", "))
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
