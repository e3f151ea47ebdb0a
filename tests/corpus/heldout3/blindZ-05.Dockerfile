# corpus: modelled-on=Microsoft ODBC Driver 18 on Alpine, amd64 .apk fetched directly (alpine msodbcsql install snippet seen in several repos)
# corpus: expect=AL301@8,AL301@9,AL302@10
FROM python:3.12-alpine3.20

RUN apk add --no-cache curl gnupg unixodbc unixodbc-dev krb5-libs libstdc++ build-base

WORKDIR /tmp/odbc
RUN curl -fsSLO https://download.microsoft.com/download/7/6/d/76de322a-d860-4894-9945-f0cc5d6a45f8/msodbcsql18_18.4.1.1-1_amd64.apk \
 && curl -fsSLO https://download.microsoft.com/download/7/6/d/76de322a-d860-4894-9945-f0cc5d6a45f8/mssql-tools18_18.4.1.1-1_amd64.apk \
 && apk add --no-cache --allow-untrusted msodbcsql18_18.4.1.1-1_amd64.apk mssql-tools18_18.4.1.1-1_amd64.apk \
 && rm -f ./*.apk
ENV PATH="$PATH:/opt/mssql-tools18/bin"

WORKDIR /app
COPY requirements.txt .
# pyodbc + sqlalchemy
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
USER nobody
HEALTHCHECK --interval=60s --timeout=5s CMD python -c "import pyodbc; print(pyodbc.drivers())" || exit 1
CMD ["python", "-m", "src.sync"]
