# corpus: modelled-on=Flask images based on amd64/python
# corpus: expect=AL209@3
FROM amd64/python:3.9-slim-buster
RUN pip install --no-cache-dir flask gunicorn
COPY app.py /app.py
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
