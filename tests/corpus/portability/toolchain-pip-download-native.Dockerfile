# corpus: modelled-on=Python images building a wheelhouse for the running platform
# corpus: expect=
FROM python:3.12-slim AS wheels
WORKDIR /wheels
COPY requirements.txt .
RUN pip wheel -r requirements.txt -w /wheels
FROM python:3.12-slim
COPY --from=wheels /wheels /wheels
RUN pip install --no-index --find-links=/wheels /wheels/*
