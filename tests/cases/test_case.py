"""Case files: template round trip, atomic save, permissions, encryption, derived facts, identity file."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import pytest

from trafficking_cli import cases as case_module
from trafficking_cli.cases import crypto
from trafficking_cli.corpus import lookup as corpus_module
from trafficking_cli.corpus.loader import parse_yaml
from trafficking_cli.errors import CaseError, CryptoError, DataError

MINI = Path(__file__).resolve().parents[1] / "data" / "checklist-mini"
FAST = crypto.KdfParams(log2_n=10, r=8, p=1)  # tests only: production uses crypto.DEFAULT_KDF
NOW = "2026-11-27T10:00:00"
TODAY = "2026-11-27"
POSIX = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


@pytest.fixture(scope="module")
def mini() -> corpus_module.Corpus:
    return corpus_module.load(MINI)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def consented(path: Path, corpus, passphrase: str | None = None) -> case_module.Interview:
    """A new case with A's consent recorded for V1, ready for B."""
    case_file = case_module.new_case_file(path, case_module.template_data(), passphrase, FAST)
    interview = case_module.Interview(case_file, corpus, "A", "V1", today=TODAY)
    for item, value in (("A16", "yes"), ("A17", "yes"), ("A18", "oral")):
        interview.answer(item, value, NOW)
    return case_module.Interview(case_file, corpus, "B", "V1", today=TODAY)


# ---- the template ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_template_round_trip(tmp_path, mini, lang):
    path = tmp_path / "new.yaml"
    case_file = case_module.new_case_file(path, case_module.template_data(), lang=lang)
    case_file.save()
    text = path.read_text(encoding="utf-8")
    assert text.count("\n# ") >= 10  # every key is explained
    assert ("Date des faits" in text) is (lang == "fr")
    assert ("Date of the facts" in text) is (lang == "en")
    assert case_module.to_plain(parse_yaml(text, str(path))) == case_module.template_data()
    case = case_module.load_case(path, mini, draft=True)
    assert [v.id for v in case.victims] == ["V1"] and [s.id for s in case.suspects] == ["S1"]
    assert case_module.open_case_file(path).lang == lang  # later saves keep the file's language


def test_the_memo_still_refuses_a_case_without_a_date(tmp_path, mini):
    path = tmp_path / "new.yaml"
    case_module.new_case_file(path, case_module.template_data()).save()
    with pytest.raises(DataError, match="facts_date"):
        case_module.load_case(path, mini)
    filled = path.read_text(encoding="utf-8").replace("facts_date: null", 'facts_date: "2019-01-15"')
    path.write_text(filled, encoding="utf-8")
    assert case_module.load_case(path, mini).facts_date == "2019-01-15"


def test_hand_written_and_interviewed_cases_are_the_same_format(tmp_path, mini):
    hand = tmp_path / "hand.yaml"
    hand.write_text("""schema: trafficking-case/1
reference: "RP 2019/0123"
facts_date: "2019-01-15"
victims:
  - {id: V1, age_at_facts: 16, established: [recrutement], note: "hand-written"}
evidence:
  - {id: E1, kind: document, description: "Billets", supports: [V1.transport]}
answers:
  "A.A16": {V1: yes}
""", encoding="utf-8")
    case = case_module.load_case(hand, mini)
    assert case.victims[0].established == ("recrutement",)
    interview = case_module.Interview(case_module.open_case_file(hand), mini, "A", "V1", today=TODAY)
    interview.answer("A17", "yes", NOW)
    again = case_module.load_case(hand, mini)
    assert again.answers["A.A16"] == {"V1": {"value": "yes"}}  # YAML's bare yes, normalised
    assert again.answers["A.A17"]["V1"]["value"] == "yes"
    assert again.evidence[0].id == "E1"  # the hand-written evidence stays
    assert "hand-written" in hand.read_text(encoding="utf-8")  # unknown keys are kept


def test_hand_written_case_wide_answers_apply_to_every_victim(tmp_path, mini):
    path = tmp_path / "hand.yaml"
    path.write_text('schema: trafficking-case/1\nfacts_date: "2019-01-15"\nvictims: [{id: V1}, {id: V2}]\n'
                    'answers:\n  "A.A16": yes\n  "A.A17": {value: "yes"}\n', encoding="utf-8")
    case_module.load_case(path, mini)
    case_file = case_module.open_case_file(path)
    interview = case_module.Interview(case_file, mini, "A", "V1", today=TODAY)
    assert interview.session().record("A16") == {"value": "yes"}
    interview.answer("A16", "no", NOW)
    answers = case_module.load_case(path, mini).answers
    assert answers["A.A16"]["V1"]["value"] == "no" and answers["A.A16"]["V2"] == {"value": "yes"}
    assert answers["A.A17"]["V2"] == {"value": "yes"}


def test_answers_for_an_unknown_victim_are_refused(tmp_path, mini):
    path = tmp_path / "bad.yaml"
    path.write_text('schema: trafficking-case/1\nfacts_date: "2019-01-15"\nvictims: [{id: V1}]\n'
                    'answers:\n  "A.A01": {V2: {value: "yes"}}\n', encoding="utf-8")
    with pytest.raises(DataError, match="no victim 'V2'"):
        case_module.load_case(path, mini)


# ---- atomic writes and permissions -------------------------------------------------------------

@POSIX
def test_files_are_owner_only(tmp_path, mini):
    folder = tmp_path / "cases"
    path = folder / "c.yaml"
    case_module.new_case_file(path, case_module.template_data()).save()
    assert mode(folder) == 0o700
    assert mode(path) == 0o600


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "c.yaml"
    for n in range(5):
        case_module.atomic_write(path, f"version {n}\n".encode())
    assert path.read_text() == "version 4\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]


def test_a_failed_write_leaves_the_old_file_whole(tmp_path):
    path = tmp_path / "c.yaml"
    case_module.atomic_write(path, b"old answers\n")
    with pytest.raises(TypeError):
        case_module.atomic_write(path, 12345)  # type: ignore[arg-type]  # the write itself fails
    assert path.read_bytes() == b"old answers\n"
    assert [p.name for p in tmp_path.iterdir()] == ["c.yaml"]


def test_orphans_of_a_killed_write_are_cleaned(tmp_path):
    path = tmp_path / "c.yaml"
    case_module.new_case_file(path, case_module.template_data()).save()
    orphan = tmp_path / ".c.yaml.deadbeef.tmp"
    orphan.write_bytes(b"half a file")
    case_module.open_case_file(path)
    assert not orphan.exists()


def test_every_answer_is_on_disk_at_once(tmp_path, mini):
    path = tmp_path / "c.yaml"
    case_file = case_module.new_case_file(path, case_module.template_data())
    interview = case_module.Interview(case_file, mini, "A", "V1", today=TODAY)
    interview.answer("A01", "yes", NOW)
    on_disk = case_module.read_case_data(path)[0]
    assert on_disk["answers"]["A.A01"]["V1"] == {"value": "yes", "at": NOW}


def test_an_invalid_case_is_never_written(tmp_path, mini):
    path = tmp_path / "c.yaml"
    case_module.new_case_file(path, case_module.template_data()).save()
    before = path.read_bytes()
    case_file = case_module.open_case_file(path)
    interview = case_module.Interview(case_file, mini, "A", "V1", today=TODAY)
    case_file.data["victims"][0]["established"] = ["not_an_element"]  # a bad edit in memory
    with pytest.raises(DataError):
        interview.answer("A01", "yes", NOW)
    assert path.read_bytes() == before


# ---- encryption ------------------------------------------------------------------------------

def test_encryption_round_trip(tmp_path, mini):
    path = tmp_path / "secret.enc"
    interview = consented(path, mini, "une phrase secrète")
    interview.answer("B16", "yes", NOW, note="frappée à Kayes")
    assert case_module.is_encrypted_file(path)
    case = case_module.load_case(path, mini, "une phrase secrète", draft=True)
    assert case.answers["B.B16"]["V1"]["note"] == "frappée à Kayes"
    assert "violence" in case.victims[0].established


def test_encrypted_file_holds_no_readable_text(tmp_path, mini):
    path = tmp_path / "secret.enc"
    data = case_module.template_data()
    data |= {"reference": "RP 2019/0123", "summary": "Kayes orpaillage", "places": ["Bamako"]}
    case_module.new_case_file(path, data, "une phrase secrète", FAST).save()
    raw = path.read_bytes()
    for fragment in (b"RP 2019", b"Kayes", b"Bamako", b"schema", b"trafficking", b"victims", b"answers",
                     "phrase secrète".encode()):
        assert fragment not in raw
    assert not re.search(rb"[ -~]{16,}", raw)  # no run of readable characters (random bytes: ~1 in 3000)


def test_wrong_passphrase_is_refused_and_nothing_changes(tmp_path, mini):
    path = tmp_path / "secret.enc"
    consented(path, mini, "la bonne phrase")
    before = path.read_bytes()
    with pytest.raises(CryptoError):
        case_module.load_case(path, mini, "la mauvaise phrase", draft=True)
    with pytest.raises(CryptoError):
        case_module.open_case_file(path, "la mauvaise phrase")
    assert path.read_bytes() == before


@pytest.mark.parametrize("offset", [0, 6, 12, 30, 40, -1])
def test_tampered_file_is_refused(tmp_path, mini, offset):
    path = tmp_path / "secret.enc"
    consented(path, mini, "la bonne phrase")
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises((CryptoError, CaseError)):
        case_module.load_case(path, mini, "la bonne phrase", draft=True)


def test_each_save_uses_a_fresh_nonce_with_the_same_key(tmp_path):
    key = crypto.new_key("phrase", FAST)
    one, two = crypto.encrypt(b"same text", key), crypto.encrypt(b"same text", key)
    assert one != two
    assert crypto.decrypt(one, "phrase")[0] == crypto.decrypt(two, key)[0] == b"same text"


def test_header_records_the_cost_and_refuses_absurd_ones():
    key = crypto.new_key("phrase", FAST)
    blob = bytearray(crypto.encrypt(b"x", key))
    assert crypto.read_header(bytes(blob))[0] == FAST
    blob[6] = 40  # 2^40: a crafted header asking for terabytes of memory
    with pytest.raises(CryptoError):
        crypto.decrypt(bytes(blob), "phrase")


def test_production_cost_is_the_recommended_one():
    assert crypto.KdfParams(log2_n=17, r=8, p=1) == crypto.DEFAULT_KDF


def test_passphrase_is_asked_only_for_encrypted_files(tmp_path, mini):
    asked = []

    def ask() -> str:
        asked.append(1)
        return "phrase"

    plain = tmp_path / "plain.yaml"
    case_module.new_case_file(plain, case_module.template_data()).save()
    case_module.load_case(plain, mini, ask, draft=True)
    assert asked == []
    secret = tmp_path / "secret.enc"
    case_module.new_case_file(secret, case_module.template_data(), "phrase", FAST).save()
    case_module.load_case(secret, mini, ask, draft=True)
    assert asked == [1]
    with pytest.raises(CaseError, match="encrypted"):
        case_module.load_case(secret, mini, draft=True)


def test_encrypted_case_keeps_its_key_for_every_save(tmp_path, mini):
    path = tmp_path / "secret.enc"
    consented(path, mini, "phrase")
    case_file = case_module.open_case_file(path, "phrase")
    interview = case_module.Interview(case_file, mini, "B", "V1", today=TODAY)
    interview.answer("B17", "no", NOW)
    interview.answer("B16", "yes", NOW)
    assert case_module.read_case_data(path, "phrase")[0]["answers"]["B.B16"]["V1"]["value"] == "yes"


# ---- derived facts in the case ---------------------------------------------------------------

def test_answers_feed_the_victim_and_the_evidence(tmp_path, mini):
    interview = consented(tmp_path / "c.yaml", mini)
    interview.answer("B08", "relative", NOW)
    interview.answer("B16", "yes", NOW)
    interview.answer("B37", 4, NOW)
    case = interview.validate()
    victim = case.victims[0]
    assert victim.established == ("recrutement", "violence")
    assert victim.aggravating == ("atteinte_grave_sante", "victimes_multiples")
    assert [(e.id, e.kind) for e in case.evidence] == [("E1", "testimony")]
    assert case.evidence[0].supports == ("V1.recrutement", "V1.violence")
    derived = interview.data["derived"]["victims"]["V1"]
    assert derived["established"] == {"recrutement": ["B.B08"], "violence": ["B.B16"]}
    assert "information_procedure" in derived["protection"]


def test_changing_an_answer_removes_what_it_derived_but_keeps_hand_written_facts(tmp_path, mini):
    interview = consented(tmp_path / "c.yaml", mini)
    victim = interview.data["victims"][0]
    victim["established"] = ["transport"]  # written by hand
    victim["aggravating"] = ["deces_victime"]
    interview.data["evidence"] = [{"id": "E1", "kind": "document", "description": "Billets", "supports": []}]
    interview.answer("B16", "yes", NOW)
    assert victim["established"] == ["transport", "violence"]
    assert [e["id"] for e in interview.data["evidence"]] == ["E1", "E2"]
    interview.answer("B16", "no", NOW)
    assert victim["established"] == ["transport"]
    assert victim["aggravating"] == ["deces_victime"]
    assert [e["id"] for e in interview.data["evidence"]] == ["E1"]


def test_derived_evidence_keeps_its_id(tmp_path, mini):
    interview = consented(tmp_path / "c.yaml", mini)
    interview.answer("B16", "yes", NOW)
    first = [e["id"] for e in interview.data["evidence"]]
    interview.answer("B08", "stranger", NOW)
    interview.answer("B39", "Rien d'autre.", NOW)
    assert [e["id"] for e in interview.data["evidence"]] == first


def test_a_fact_excluded_by_hand_is_not_overruled_by_an_answer(tmp_path, mini):
    interview = consented(tmp_path / "c.yaml", mini)
    interview.data["victims"][0]["excluded"] = ["violence"]
    interview.answer("B16", "yes", NOW)
    victim = interview.validate().victims[0]
    assert "violence" not in victim.established and victim.excluded == ("violence",)
    assert interview.data["derived"]["victims"]["V1"]["conflicts"] == ["violence"]


def test_age_doubt_is_derived_and_removed_with_its_answer(tmp_path, mini):
    case_file = case_module.new_case_file(tmp_path / "c.yaml", case_module.template_data())
    interview = case_module.Interview(case_file, mini, "A", "V1", today=TODAY)
    interview.answer("A06", "unknown", NOW)
    assert interview.validate().victims[0].minor is True
    interview.answer("A06", "no", NOW)
    assert interview.validate().victims[0].minor is None


def test_hand_written_age_doubt_stays(tmp_path, mini):
    data = case_module.template_data()
    data["victims"][0]["age_doubt"] = True
    interview = case_module.Interview(case_module.new_case_file(tmp_path / "c.yaml", data), mini, "A", "V1",
                                      today=TODAY)
    interview.answer("A06", "no", NOW)
    assert interview.validate().victims[0].age_doubt is True


def test_a_new_victim_is_added_to_the_case(tmp_path, mini):
    case_file = case_module.new_case_file(tmp_path / "c.yaml", case_module.template_data())
    interview = case_module.Interview(case_file, mini, "A", "V2", today=TODAY)
    assert interview.added_victim
    interview.answer("A01", "no", NOW)
    assert [v.id for v in interview.validate().victims] == ["V1", "V2"]


def test_scripted_answers_are_checked_before_anything_is_written(tmp_path, mini):
    interview = consented(tmp_path / "c.yaml", mini)
    before = (tmp_path / "c.yaml").read_bytes()
    with pytest.raises(DataError) as caught:
        case_module.run_scripted(interview, {"B16": "peut-être", "B99": "yes"}, NOW, lambda *a: False, "answers.yaml")
    assert len(caught.value.problems) == 2
    assert (tmp_path / "c.yaml").read_bytes() == before


# ---- the identity file -----------------------------------------------------------------------

def test_identity_file_is_separate_and_encrypted(tmp_path, mini):
    path = tmp_path / "c.yaml"
    interview = consented(path, mini)
    identity = case_module.IdentityFile.open(case_module.identity_path(path), "phrase", FAST)
    identity.record("V1", "B.B04", "Aïcha Traoré", NOW)
    identity.save()
    interview.protected("B04", True, NOW)
    assert "Aïcha".encode() not in path.read_bytes()
    assert "Aïcha".encode() not in case_module.identity_path(path).read_bytes()
    assert interview.data["answers"]["B.B04"]["V1"] == {"protected": True, "recorded": True, "at": NOW}
    again = case_module.IdentityFile.open(case_module.identity_path(path), "phrase")
    assert again.data["identities"]["V1"]["B.B04"]["value"] == "Aïcha Traoré"
    with pytest.raises(CryptoError):
        case_module.IdentityFile.open(case_module.identity_path(path), "autre")


def test_identity_path_sits_next_to_the_case(tmp_path):
    assert case_module.identity_path(tmp_path / "rp-1.yaml") == tmp_path / "rp-1.identity"
    assert case_module.identity_path(tmp_path / "rp-1.enc") == tmp_path / "rp-1.identity"
    assert case_module.identity_path(tmp_path / "rp-1") == tmp_path / "rp-1.identity"


# ---- the case folder -------------------------------------------------------------------------

def test_case_names_and_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "cases"
    assert case_module.resolve_case_path("rp-1", folder) == folder / "rp-1.yaml"
    assert case_module.resolve_case_path("rp-1", folder, encrypted=True) == folder / "rp-1.enc"
    folder.mkdir()
    (folder / "rp-2.enc").write_bytes(b"x")
    assert case_module.resolve_case_path("rp-2", folder) == folder / "rp-2.enc"
    assert case_module.resolve_case_path(str(tmp_path / "x.yaml"), folder) == tmp_path / "x.yaml"
    with pytest.raises(CaseError):  # issue 11: "RP/2019/0123" is a reference, not folders to make
        case_module.resolve_case_path("sub/x", folder)
    (tmp_path / "sub").mkdir()
    assert case_module.resolve_case_path("sub/x", folder) == Path("sub/x")


def test_list_and_delete(tmp_path, mini):
    folder = tmp_path / "cases"
    plain = folder / "rp-1.yaml"
    consented(plain, mini)
    case_module.new_case_file(folder / "rp-2.enc", case_module.template_data(), "phrase", FAST).save()
    case_module.atomic_write(case_module.identity_path(plain), b"x")
    rows = {r["name"]: r for r in case_module.list_cases(folder)}
    assert set(rows) == {"rp-1", "rp-2"}
    assert rows["rp-1"]["victims"] == ["V1"] and rows["rp-1"]["answers"] == 3 and rows["rp-1"]["identity"]
    assert rows["rp-2"]["encrypted"] and rows["rp-2"]["victims"] == []
    removed = case_module.delete_case(plain)
    assert set(removed) == {plain, case_module.identity_path(plain)}
    assert [r["name"] for r in case_module.list_cases(folder)] == ["rp-2"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX")
def test_existing_folders_are_left_as_they_are(tmp_path):
    tmp_path.chmod(0o755)
    case_module.atomic_write(tmp_path / "c.yaml", b"x")
    assert mode(tmp_path) == 0o755
