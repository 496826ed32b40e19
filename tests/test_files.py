"""Atomic writes keep the permissions a reader expects and never clobber a file they were told not to."""

from __future__ import annotations

import os
import stat

import pytest

from ccai_standards.files import write_all_atomically, write_atomically


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_mode_open_would_give_not_a_private_one(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.txt", "x")
        write_all_atomically({tmp_path / "both.txt": b"y"})
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new.txt") == 0o644
    assert _mode(tmp_path / "both.txt") == 0o644


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "script.sh"
    target.write_text("old")
    target.chmod(0o750)
    write_atomically(target, "new")
    write_all_atomically({target: b"newer"})
    assert _mode(target) == 0o750 and target.read_text() == "newer"


def test_no_overwrite_refuses_even_a_file_that_appears_after_the_check(tmp_path, monkeypatch):
    target = tmp_path / "out.yaml"
    real = os.fdopen

    def racing(*args, **kwargs):  # another process creates the target while we write
        target.write_text("theirs")
        return real(*args, **kwargs)

    monkeypatch.setattr(os, "fdopen", racing)
    with pytest.raises(FileExistsError):
        write_atomically(target, "ours", overwrite=False)
    assert target.read_text() == "theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"], "no temporary file is left behind"


def test_a_link_is_kept_and_the_file_it_points_to_rewritten(tmp_path):
    real = tmp_path / "real.yaml"
    real.write_text("old")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    write_atomically(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    with pytest.raises(FileExistsError):
        write_atomically(link, "other", overwrite=False)
