package progression

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/internal/fuzzcheck"
	"github.com/rolemodel/rolemodel/skill"
)

func TestFTProficiency(t *testing.T) {
	for _, tc := range []struct {
		in    string
		want  FTProficiency
		level skill.Level
	}{
		{"Awareness", FTAwareness, skill.Awareness},
		{"Foundational", FTFoundational, skill.Working},
		{"Working knowledge", FTWorkingKnowledge, skill.Practitioner},
		{"Practitioner", FTPractitioner, skill.Advanced},
		{"Expert", FTExpert, skill.Expert},
		{" working KNOWLEDGE ", FTWorkingKnowledge, skill.Practitioner},
	} {
		p, err := ParseFTProficiency(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, p, tc.in)
		assert.Equal(t, tc.level, p.Level(), tc.in)
		text, err := p.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, p.String(), string(text))
	}
	for p := FTAwareness; p < FTExpert; p++ {
		assert.Less(t, p.Level(), (p + 1).Level(), "the mapping keeps the order")
	}
	assert.Equal(t, skill.Unstated, FTUnstated.Level())
	assert.Equal(t, "", FTUnstated.String())

	for _, in := range []string{"", "Working", "Guru", "Expert\x00", string(make([]byte, 100))} {
		_, err := ParseFTProficiency(in)
		var pe *ProficiencyError
		require.ErrorAs(t, err, &pe, "%q", in)
		assert.ErrorIs(t, err, ErrUnknownProficiency)
		assert.LessOrEqual(t, len(pe.Input), 64+len("…"))
	}
	_, err := ParseFTProficiency("Guru\n")
	assert.EqualError(t, err, `unknown proficiency "Guru\n": expected one of Awareness, Foundational, Working knowledge, Practitioner, Expert`)

	bad := FTProficiency(9)
	assert.False(t, bad.Valid())
	assert.Equal(t, "FTProficiency(9)", bad.String())
	assert.Equal(t, skill.Unstated, bad.Level())
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, ErrUnknownProficiency)

	var p FTProficiency
	require.NoError(t, p.UnmarshalText([]byte("expert")))
	assert.Equal(t, FTExpert, p)
	require.NoError(t, p.UnmarshalText(nil))
	assert.Equal(t, FTUnstated, p)
	assert.ErrorIs(t, p.UnmarshalText([]byte("x")), ErrUnknownProficiency)
}

// FuzzFTProficiency: any text reads as a word that marshals and reads back
// as itself, or gives an error.
func FuzzFTProficiency(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		fuzzcheck.TextRoundTrip(t, new(FTProficiency), s)
	})
}
