from tests.conftest import Run


def test_version(run: Run) -> None:
    result = run("--version")
    assert (result.code, result.stdout, result.stderr) == (0, "chengkou-tracker 0.1.0\n", "")


def test_unknown_option_is_one_line_usage_error(run: Run) -> None:
    result = run("list", "--bogus")
    assert result.code == 2
    assert result.stderr == "chengkou-tracker: error: No such option: --bogus\n"
