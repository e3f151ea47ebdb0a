# corpus: modelled-on=final stage built FROM a BUILDPLATFORM base stage (blind batch 3: labelled before running archlint)
# corpus: expect=AL208@8
FROM --platform=$BUILDPLATFORM python:3.12-slim AS base
RUN pip install --no-cache-dir poetry
WORKDIR /app
COPY . .
RUN poetry install --only main
FROM base
CMD ["python", "-m", "app"]
