"""F, the floor: the smallest Typer program, one command that echoes its argument.

It is what any Typer CLI pays before doing anything; the benchmark runs it with the same interpreter as the
tool (`python benchmarks/floor_app.py x`) and quotes every command as a multiple of its time.
"""

import typer

app = typer.Typer(add_completion=False)


@app.command()
def echo(text: str) -> None:
    """Print TEXT."""
    print(text)


if __name__ == "__main__":
    app()
