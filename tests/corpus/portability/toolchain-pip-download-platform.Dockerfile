# corpus: modelled-on=Python images pre-downloading wheels for one manylinux platform
# corpus: expect=AL205@6
FROM python:3.12-slim AS wheels
WORKDIR /wheels
COPY requirements.txt .
RUN pip download --only-binary=:all: --platform manylinux2014_x86_64 --python-version 3.12 -r requirements.txt -d /wheels

FROM python:3.12-slim
COPY --from=wheels /wheels /wheels
RUN pip install --no-index --find-links=/wheels /wheels/*
